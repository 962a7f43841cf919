# English tone lexicon (Wirewatch). Format: see ToneLexiconFile and docs/tone.md.
# The sentiment words are VADER's lexicon (vader_sentiment_lexicon.txt, MIT, (c) 2016 C.J. Hutto;
# unpacked at build time from com.github.apanimesh061:vader-sentiment-analyzer, see wirewatch-core/NOTICE.md), plus
# the news words below, which VADER lacks (written for Wirewatch; valence -4..4 as in VADER).
# The rule words (negations, boosters, contrast) follow VADER's rules, listed here for English.

[settings]
lemmas = yes

[import]
vader_sentiment_lexicon.txt

[negation]
not no never none nobody nothing nowhere neither nor without cannot
aint arent cant couldnt darent didnt doesnt dont hadnt hasnt havent isnt mightnt mustnt neednt
oughtnt shant shouldnt wasnt werent wont wouldnt rarely seldom despite hardly least

[negation-exception]
# VADER: "least" negates ("the least successful"), but not in "at least" or "very least"
at least
very least

[negation-suffix]
n't

[reversal]
# Words that lessen or end what follows: a bad thing after them ("cuts the risk", "halts the
# violence", "a cure for disease") is good news (contextual valence shifters). Lemmas, written for
# Wirewatch; words that as often lead into a bad thing ("fall into crisis", "drop bombs") are left out.
reduce cut lower decrease lessen curb ease relieve alleviate mitigate prevent avert avoid stop halt end
combat tackle counter defeat overcome beat cure heal fix solve resolve eliminate eradicate reverse
survive escape ban outlaw abolish
reduction decrease cure remedy antidote prevention ending

[booster]
absolutely amazingly awfully completely considerable considerably decidedly deeply enormous enormously = 0.293
entirely especially exceptional exceptionally extreme extremely fabulously fully greatly highly hugely = 0.293
incredible incredibly intensely major majorly more most particularly purely quite really remarkably so = 0.293
substantially thoroughly total totally tremendous tremendously unbelievably unusually utter utterly very = 0.293
gravely severely sharply seriously deadly increasingly = 0.293
almost barely less little marginal marginally occasional occasionally partly scarce scarcely = -0.293
slight slightly somewhat kinda sorta = -0.293

[contrast]
but however nevertheless nonetheless

[words]
# violence and disaster
bomb -2.6
bombing -2.8
bomber -2.6
blast -2.4
explosion -2.4
explode -2.2
explosive -1.8
shelling -2.6
airstrike -2.6
missile -1.5
gunfire -2.4
gunman -2.6
shooting -2.6
massacre -3.6
atrocity -3.6
genocide -3.8
slaughter -3.4
invasion -2.6
invade -2.4
occupation -1.8
occupier -2.0
hostage -2.6
kidnap -3.0
abduct -2.8
assassination -3.2
assassinate -3.2
execute -2.8
execution -2.6
casualty -2.6
fatality -2.8
wound -2.2
wounded -2.4
injure -2.2
injury -2.0
die -2.6
dies -2.6
death -2.9
deadly -2.8
corpse -2.6
bloodshed -3.0
clash -1.8
riot -2.2
unrest -1.8
violence -2.8
insurgent -1.8
militant -1.6
extremist -2.2
jihadist -2.4
terror -3.0
earthquake -2.6
quake -2.4
flood -2.2
flooding -2.2
storm -1.4
hurricane -2.2
tornado -2.2
tsunami -2.8
wildfire -2.2
drought -2.0
famine -3.0
landslide -2.0
avalanche -2.0
disaster -3.1
devastation -3.0
devastate -3.0
destroy -2.8
destruction -2.8
wreckage -2.2
crash -2.2
derail -2.0
collapse -2.2
sink -1.4
stranded -1.6
evacuate -1.2
evacuation -1.2
displace -1.8
refugee -1.2
shortage -1.6
blackout -1.6
outage -1.4
# health
disease -2.0
outbreak -2.2
epidemic -2.6
pandemic -2.4
virus -1.8
infection -1.8
overdose -2.6
poisoning -2.6
toxic -2.2
pollution -2.0
contamination -2.0
# crime and justice
corruption -2.8
bribery -2.8
bribe -2.4
embezzlement -2.6
smuggling -2.0
trafficking -2.8
arrest -1.6
detain -1.6
detention -1.6
indict -2.0
indictment -2.0
convict -2.0
jail -2.2
imprison -2.4
charged -1.2
accused -1.6
allegation -1.4
misconduct -2.2
harassment -2.6
assault -2.8
stabbing -2.8
theft -2.2
burglary -2.2
looting -2.4
vandalism -2.0
# politics and economy
sanction -1.4
sanctions -1.4
embargo -1.4
ban -1.2
boycott -1.4
protest -1.0
crackdown -2.2
repression -2.6
censorship -2.0
dictator -2.6
regime -1.2
propaganda -1.8
coup -2.4
recession -2.4
inflation -1.4
unemployment -2.0
layoff -2.0
bankruptcy -2.6
default -1.6
deficit -1.2
downturn -1.8
slump -2.0
plunge -2.0
tumble -1.8
slide -1.0
shortfall -1.4
scandal -2.6
controversy -1.4
dispute -1.4
tension -1.4
escalation -1.8
escalate -1.6
standoff -1.4
turmoil -2.2
chaos -2.4
setback -1.8
stalemate -1.2
deadlock -1.4
# good news
ceasefire 1.4
truce 1.4
peace 2.5
reconciliation 2.0
breakthrough 2.2
milestone 1.6
victory 2.6
triumph 2.8
champion 2.2
medal 1.6
award 2.0
prize 1.8
honour 2.0
honor 2.0
celebrate 2.7
celebration 2.6
rescue 1.8
rescued 1.8
recovery 1.8
recover 1.4
rebound 1.4
growth 1.4
surge 0.6
soar 1.2
boom 1.2
record 0.4
cure 2.2
vaccine 0.8
agreement 1.2
deal 0.8
reform 0.8
aid 1.4
donate 1.8
donation 1.8
volunteer 1.4
heroic 2.6
landmark 1.2
upgrade 1.2
innovation 1.6
# more news words
sue -1.6
ailing -1.8
bleak -2.2
closure -1.0
slain -3.2
slay -3.0
behead -3.4
decapitate -3.4
lynch -3.2
stab -2.8
strangle -3.0
torch -1.8
raid -1.4
ambush -2.4
siege -2.2
rebellion -1.4
insurgency -2.0
uprising -0.8
militia -1.2
warlord -2.2
terrorist -3.2
nuclear -0.6
weapon -1.4
troop -0.6
shell -1.0
strike -1.0
sniper -2.2
landmine -2.4
mortar -1.6
rocket -1.2
drone -0.8
hijack -2.8
overcome 1.6
revoke -1.2
debut 1.2
porn -2.0
paedophile -3.4
pedophile -3.4
accord 1.4
laud 2.4
hail 1.4
facelift 1.2
galore 1.6
awry -2.0
concern -1.2
dying -2.6
decline -1.2
drop -1.1
fall -0.8
rise 0.6
soaring 1.2
hit -0.6
shortage -1.6
downgrade -1.4
deteriorate -1.8
worsen -2.0
plummet -2.2
slump -2.0
crumble -2.0
strain -1.4
threaten -2.2
menace -2.2
intimidate -2.2
blackmail -2.8
extort -2.8
cheat -2.4
hack -1.6
leak -1.0
spy -1.2
sabotage -2.6
plot -1.0
conspiracy -1.8
fugitive -1.8
inmate -1.4
convicted -2.0
guilty -1.8
acquit 1.4
acquittal 1.4
exonerate 2.0
pardon 1.2
release 0.6
freed 1.8
reunite 2.0
reunion 1.8
wedding 2.2
birth 1.6
baby 1.0
anniversary 1.4
festival 1.8
concert 1.2
holiday 1.4
vacation 1.8
tourism 1.0
bestseller 1.8
hit-maker 1.2
blockbuster 1.6
premiere 1.2
unveil 1.0
launch 0.8
inaugurate 1.2
open 0.4
thrive 2.4
flourish 2.4
prosper 2.4
profit 1.6
dividend 1.2
bonus 1.6
raise 0.6
hire 1.2
jobs 0.6
expand 1.0
expansion 1.0
invest 0.8
investment 0.8
boost 1.6
improve 1.8
improvement 1.8
upbeat 2.0
optimism 2.2
optimistic 2.2
pessimism -2.0
pessimistic -2.0
gloom -2.2
gloomy -2.2
dire -2.4
grave -1.8
perilous -2.4
precarious -1.8
fragile -1.2
vulnerable -1.6
endanger -2.2
endangered -1.6
extinct -2.2
extinction -2.4
poach -2.0
smog -1.8
spill -1.8
leakage -1.4
radiation -1.6
emission -0.8
