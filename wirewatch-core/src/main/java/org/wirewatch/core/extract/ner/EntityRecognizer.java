package org.wirewatch.core.extract.ner;

import org.wirewatch.core.linguistics.AnalysedText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.wirewatch.core.extract.ner.cues.NameCues;
import org.wirewatch.core.extract.ner.cues.NameCuesRegistry;
import org.wirewatch.core.extract.ner.cues.RoleCue;
import org.wirewatch.core.extract.ner.cues.TokenRange;
import org.wirewatch.core.extract.ner.cues.WordCue;
import org.wirewatch.core.kb.EntityType;
import org.wirewatch.core.kb.KbEntity;
import org.wirewatch.core.kb.KnowledgeBase;
import org.wirewatch.core.lang.LanguagePacks;
import org.wirewatch.core.linguistics.morph.DemonymInflections;
import org.wirewatch.core.linguistics.morph.Morphologies;
import org.wirewatch.core.linguistics.names.NameKeys;
import org.wirewatch.core.extract.ner.sequence.DocumentState;
import org.wirewatch.core.extract.ner.sequence.SequenceTagger;
import org.wirewatch.core.extract.ner.sequence.RepeatedNames;
import org.wirewatch.core.extract.ner.sequence.TaggerSource;
import org.wirewatch.core.extract.ner.sequence.TokenSpan;
import org.wirewatch.core.linguistics.text.Sentence;
import org.wirewatch.core.linguistics.text.TextSplitter;
import org.wirewatch.core.linguistics.text.Token;
import org.wirewatch.core.model.Mention;
import org.wirewatch.core.model.RoleMention;

/**
 * Finds the people, organisations and places an article names, each with its exact span and one
 * identity for the whole document (a knowledge-base id where the base knows the name, else an id
 * built from the cross-script key of the name, so "Рютте" and "Rutte" meet across documents).
 * Also reads the offices titles give people. Thread-safe: keeps nothing between calls.
 */
public final class EntityRecognizer {
    private final KnowledgeBase kb;
    private final Morphologies morphologies;
    private final DemonymInflections demonyms;
    private final NameCuesRegistry cues;
    private final NameKeys keys;
    private final TextSplitter splitter;
    private final WordTypeGuesser guesser;
    private final TaggerSource taggers;
    /** How many lower-case words a body's name may run on for. */
    private static final int MAX_BODY_WORDS = 6;

    private final CandidateFinder finder = new CandidateFinder();

    /**
     * A recogniser that lets the sequence model on the class path decide the names of its language,
     * and for other languages also asks the bundled name-type model about names the rules leave undecided.
     */
    public EntityRecognizer(KnowledgeBase kb, LanguagePacks packs, NameCuesRegistry cues, NameKeys keys, TextSplitter splitter) {
        this(kb, packs, cues, keys, splitter, WordTypeGuesser.bundled(), TaggerSource.bundled(packs.morphologies()));
    }

    /** @param guesser what a learned model says of undecided names; {@link WordTypeGuesser#NONE} for the rules alone */
    public EntityRecognizer(KnowledgeBase kb, LanguagePacks packs, NameCuesRegistry cues, NameKeys keys, TextSplitter splitter,
                            WordTypeGuesser guesser) {
        this(kb, packs, cues, keys, splitter, guesser, TaggerSource.NONE);
    }

    /**
     * @param taggers the sequence models that decide spans and types where they have the language
     *                (linking, identities and titles still apply); {@link TaggerSource#NONE} for the rules alone
     */
    public EntityRecognizer(KnowledgeBase kb, LanguagePacks packs, NameCuesRegistry cues, NameKeys keys, TextSplitter splitter,
                            WordTypeGuesser guesser, TaggerSource taggers) {
        this.taggers = taggers;
        this.guesser = guesser;
        this.kb = kb;
        this.morphologies = packs.morphologies();
        this.demonyms = packs.demonymInflections();
        this.cues = cues;
        this.keys = keys;
        this.splitter = splitter;
    }

    /** Whether names are found in this language: its pack has name cues and sentence rules. */
    public boolean supports(String lang) {
        return lang != null && cues.find(lang).isPresent() && splitter.supports(lang);
    }

    /**
     * @param lang the article's language; languages without name cues give no entities
     * @param date the article's date (ISO-8601) for the offices it reports, or null
     */
    public Entities recognize(String text, String lang, String date) {
        return recognize(text, lang, date, ArticleHints.NONE);
    }

    /** As {@link #recognize(String, String, String)}, told what the article's metadata says about names. */
    public Entities recognize(String text, String lang, String date, ArticleHints hints) {
        if (!supports(lang)) return Entities.NONE;
        return recognize(AnalysedText.of(text, lang, splitter), date, hints);
    }

    /** The entities of an analysed text, over its sentences as the pipeline cut them. */
    public Entities recognize(AnalysedText analysed, String date, ArticleHints hints) {
        String lang = analysed.language();
        if (!supports(lang)) return Entities.NONE;
        NameCues languageCues = cues.find(lang).orElseThrow();
        NameLemmatizer lemmatizer = new NameLemmatizer(morphologies.forLanguage(lang).orElse(null));
        Document doc = new Document(analysed.text(), lang, date, languageCues, lemmatizer,
                new MentionTyper(kb, demonyms, languageCues, lemmatizer, lang, hints, guesser), new DocumentMemory(keys, lang),
                taggers.forLanguage(lang).orElse(null));
        for (Sentence sentence : analysed.sentences()) doc.read(sentence);
        return doc.result();
    }

    /** The work on one article; lives for one call. */
    private final class Document {
        private final String text;
        private final String lang;
        private final String date;
        private final NameCues cues;
        private final NameLemmatizer lemmatizer;
        private final MentionTyper typer;
        private final DocumentMemory memory;
        private final List<Mention> mentions = new ArrayList<>();
        private final List<RoleMention> roles = new ArrayList<>();
        private final Set<Long> spans = new HashSet<>();
        /** The sequence model that decides the names, or null for the rules. */
        private final SequenceTagger tagger;
        private final DocumentState tagged = new DocumentState();
        private final RepeatedNames repeated = new RepeatedNames();
        /** The sentences the tagger read, for the repeats of its names once the whole document is read. */
        private final List<List<Token>> taggedSentences = new ArrayList<>();

        Document(String text, String lang, String date, NameCues cues, NameLemmatizer lemmatizer, MentionTyper typer, DocumentMemory memory,
                 SequenceTagger tagger) {
            this.tagger = tagger;
            this.text = text;
            this.lang = lang;
            this.date = date;
            this.cues = cues;
            this.lemmatizer = lemmatizer;
            this.typer = typer;
            this.memory = memory;
        }

        void read(Sentence sentence) {
            if (tagger != null) {
                readTagged(sentence.tokens());
                return;
            }
            List<Token> tokens = sentence.tokens();
            boolean titleCase = MentionTyper.isTitleCase(tokens);
            int opener = firstWord(tokens);
            int coveredUntil = -1;
            for (Candidate found : finder.find(tokens, cues, typer::namesNonPerson)) {
                if (found.start() < coveredUntil) continue;
                Candidate body = extendBodyName(found);
                if (body != found) coveredUntil = body.end();
                Candidate opened = body != found ? body : withoutOpener(found, opener);
                if (opened == null) continue;
                for (Candidate c : splitAfterKnownPlace(opened)) readCandidate(c, opener, titleCase);
            }
            addLowerCaseDemonyms(tokens);
        }

        /**
         * The model decides where names are and what they are; the knowledge base, the document's
         * memory and the titles still give each its identity and office, as for the rules' names.
         */
        private void readTagged(List<Token> tokens) {
            List<TokenSpan> found = tagger.tag(tokens, tagged);
            repeated.remember(tokens, found);
            taggedSentences.add(tokens);
            boolean[] covered = new boolean[tokens.size()];
            for (int k = 0; k < found.size(); k++) {
                TokenSpan s = found.get(k);
                for (int i = s.from(); i < s.to(); i++) covered[i] = true;
                Candidate c = new Candidate(tokens, s.from(), s.to(), roleOf(tokens, s, found), false);
                if (!firstSeen(c.start(), c.end())) continue;
                Typed typed = typer.typeAs(c, text, memory, s.type());
                add(k + 1 < found.size() ? completedAcrossBracket(typed, tokens, s, found.get(k + 1)) : typed);
            }
            addKnownOutside(tokens, covered);
            addDemonymsOutside(tokens, covered);
        }

        /**
         * "(President Emmanuel) Macron": an editor's bracket inside a quote splits one person's name
         * in two, and a name never crosses a bracket. The part before the bracket is the person the
         * part after it names, when the knowledge base knows that one and not the first part alone.
         */
        private Typed completedAcrossBracket(Typed typed, List<Token> tokens, TokenSpan s, TokenSpan next) {
            if (typed.entity() != null || s.type() != EntityType.PER || next.type() != EntityType.PER || next.from() != s.to() + 1) {
                return typed;
            }
            String between = tokens.get(s.to()).text();
            if (!between.equals(")") && !between.equals("]")) return typed;
            Typed rest = typer.typeAs(new Candidate(tokens, next.from(), next.to(), null, false), text, memory, next.type());
            if (rest.entity() == null || rest.type() != EntityType.PER) return typed;
            return new Typed(typed.candidate(), EntityType.PER, rest.entity(), typed.lemma(), Strength.KNOWN);
        }

        /**
         * "US allies": a word the knowledge base knows that the model left out is still a name.
         * On the dev sets this is neutral (±0.4 F1 points); on current news it keeps identities
         * the 1996 training text cannot know.
         */
        private void addKnownOutside(List<Token> tokens, boolean[] covered) {
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (covered[i] || !t.isWord() || !(t.capitalised() || t.allCaps())) continue;
                Candidate c = new Candidate(tokens, i, i + 1, null, false);
                Optional<Typed> typed = typer.type(c, text, memory).filter(x -> x.strength() == Strength.KNOWN && x.type() != EntityType.MISC);
                if (typed.isPresent() && firstSeen(c.start(), c.end())) {
                    covered[i] = true;
                    add(typed.get());
                }
            }
        }

        /**
         * A person's office: the title right before the name ("Secretary General Jens Stoltenberg"),
         * else one in apposition after it. A title with another person between it and the name is
         * that person's: in "генеральным секретарем ООН Антониу Гутерришем в Женеве Макрон" Guterres is
         * the secretary general, not Macron.
         */
        private RoleCue roleOf(List<Token> tokens, TokenSpan s, List<TokenSpan> found) {
            if (s.type() != EntityType.PER) return null;
            Optional<RoleCue> before = cues.roleBefore(tokens, s.from())
                    .filter(r -> r.span().end() == s.from() && !personBetween(found, r.trigger().end(), s.from()));
            return before.or(() -> cues.roleAfter(tokens, s.to())).orElse(null);
        }

        private boolean personBetween(List<TokenSpan> found, int from, int to) {
            for (TokenSpan o : found) if (o.type() == EntityType.PER && o.from() >= from && o.to() <= to) return true;
            return false;
        }

        /** "Russian", "North Korean", "российские": adjectives of countries the model does not tag still link to their country, as MISC. */
        private void addDemonymsOutside(List<Token> tokens, boolean[] covered) {
            for (int i = 0; i + 1 < tokens.size(); i++) {
                if (covered[i] || covered[i + 1] || !tokens.get(i).capitalised() || !tokens.get(i + 1).capitalised()) continue;
                Candidate pair = new Candidate(tokens, i, i + 2, null, false);
                Optional<KbEntity> country = kb.countryOfDemonym(pair.text(text), lang, demonyms);
                if (country.isEmpty() || !kb.find(pair.text(text), lang).isEmpty() || !firstSeen(pair.start(), pair.end())) continue;
                add(new Typed(pair, EntityType.MISC, country.get(), pair.text(text), Strength.STRONG));
                covered[i] = covered[i + 1] = true;
            }
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (covered[i] || !t.isWord() || !(t.capitalised() || cues.isDemonym(t.text()))) continue;
                Optional<KbEntity> country = kb.countryOfDemonym(t.text(), lang, demonyms);
                if (country.isEmpty() || (t.capitalised() && !kb.find(t.text(), lang).isEmpty()) || !firstSeen(t.start(), t.end())) continue;
                add(new Typed(new Candidate(tokens, i, i + 1, null, false), EntityType.MISC, country.get(), t.text(), Strength.STRONG));
            }
        }

        /**
         * "Совет национальной безопасности и обороны Украины", "Служба безпеки України": where the
         * language writes a body's name with only its first word capitalised, the name goes on over
         * lower-case nouns and adjectives (and "и"/"і" between them), and takes a known country or
         * place right after; kept only when a designator word ("совет", "служба", "силы") is in it.
         */
        private Candidate extendBodyName(Candidate c) {
            if (!cues.writesBodiesInSentenceCase() || c.affiliate() || c.role() != null) return c;
            List<Token> tokens = c.tokens();
            int lastNominal = -1;
            for (int i = c.to(); i < tokens.size() && i - c.to() < MAX_BODY_WORDS; i++) {
                Token t = tokens.get(i);
                if (isLowerNominal(t)) lastNominal = i;
                else if (!(lastNominal == i - 1 && isJoiner(t) && i + 1 < tokens.size() && isLowerNominal(tokens.get(i + 1)))) break;
            }
            if (lastNominal < 0) return c;
            int to = lastNominal + 1;
            if (to < tokens.size() && tokens.get(to).capitalised() && typer.namesNonPerson(tokens.get(to))) to++;
            Candidate body = new Candidate(tokens, c.from(), to, null, false);
            return headedByDesignator(body) ? body : c;
        }

        /** "Совет …", "Воздушные силы": the designator comes first or second; "Отправка северокорейских войск" is no body. */
        private boolean headedByDesignator(Candidate body) {
            for (int i = 0; i < Math.min(2, body.size()); i++) if (cues.isOrgDesignator(body.token(i).text())) return true;
            return false;
        }

        private boolean isLowerNominal(Token t) {
            return t.isWord() && t.lowerInitial() && !cues.isFunctionWord(t.text()) && lemmatizer.isOnlyNominal(t.text());
        }

        private boolean isJoiner(Token t) {
            return t.isWord() && cues.is(t.text(), WordCue.CONNECTOR) && !cues.isPlacePreposition(t.text());
        }

        /** Types one candidate; shape alone is not enough in a Title Case headline or for a sentence's first word. */
        private void readCandidate(Candidate c, int opener, boolean titleCase) {
            if (!firstSeen(c.start(), c.end())) return;
            Optional<Typed> typed = typer.type(c, text, memory)
                    .filter(t -> !titleCase || t.strength().compareTo(Strength.LEARNED) > 0)
                    .filter(t -> !(t.strength() == Strength.WEAK && c.from() == opener && c.size() == 1));
            if (typed.isPresent()) add(typed.get());
            else if (c.affiliate() && c.size() > 1) readWordByWord(c);
        }

        /** Titles and their names can offer the same span twice; each span is read once. */
        private boolean firstSeen(int start, int end) {
            return spans.add(((long) start << 32) | end);
        }

        /**
         * "в Брюсселе Байден": free word order puts a place and a name side by side. A run that
         * starts with a known place or body, is not itself known, and has no designator word
         * ("Kyiv City Council") is two names.
         */
        private List<Candidate> splitAfterKnownPlace(Candidate c) {
            if (c.size() < 2 || c.affiliate() || c.role() != null || !typer.namesNonPerson(c.token(0))) return List.of(c);
            if (typer.isKnownName(c, text) || typer.hasDesignator(c)) return List.of(c);
            return List.of(new Candidate(c.tokens(), c.from(), c.from() + 1, null, false),
                    new Candidate(c.tokens(), c.from() + 1, c.to(), null, false));
        }

        /** "NATO Supreme Allied" inside a title: keep the words the knowledge base knows on their own. */
        private void readWordByWord(Candidate c) {
            for (int i = c.from(); i < c.to(); i++) {
                Candidate word = new Candidate(c.tokens(), i, i + 1, null, true);
                if (firstSeen(word.start(), word.end())) typer.type(word, text, memory).ifPresent(this::add);
            }
        }

        private void add(Typed t) {
            Identity who = memory.identify(t);
            Candidate c = t.candidate();
            // The model's type stands even where the document's memory knew the name as another type.
            String type = tagger != null && t.type() != EntityType.MISC ? t.type().name() : who.type().name();
            mentions.add(new Mention(c.start(), c.end(), c.text(text), type, who.id(), who.name()));
            if (who.type() == EntityType.PER && c.role() != null && !c.affiliate()) roles.add(role(c, c.role(), who));
        }

        private RoleMention role(Candidate c, RoleCue cue, Identity person) {
            String orgId = null;
            String org = null;
            for (TokenRange a : cue.affiliations()) {
                Candidate affiliation = new Candidate(c.tokens(), a.start(), a.end(), null, true);
                Optional<Identity> known = memory.recall(lemmatizer.lemma(affiliation), affiliation.size());
                if (known.isPresent()) {
                    orgId = known.get().id();
                    org = known.get().name();
                    break;
                }
            }
            int start = Math.min(cue.start(), c.start());
            int end = Math.max(cue.end(), c.end());
            return new RoleMention(person.id(), person.name(), cue.role(), orgId, org, start, end, day(date));
        }

        /** A sentence's first word is capitalised whatever it is: keep it only when it is a name. */
        private Candidate withoutOpener(Candidate c, int opener) {
            if (c.from() != opener) return c;
            String w = c.token(0).text();
            boolean name = lemmatizer.nameClass(c.token(0)) != null || !kb.find(w, lang).isEmpty();
            boolean common = cues.isFunctionWord(w) || (!name && lemmatizer.isCommonWord(w));
            if (!common) return c;
            return c.size() == 1 ? null : new Candidate(c.tokens(), c.from() + 1, c.to(), c.role(), c.affiliate());
        }

        /** "российские войска", "російських": adjectives of countries are written in lower case in ru/uk. */
        private void addLowerCaseDemonyms(List<Token> tokens) {
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (!t.isWord() || !t.lowerInitial() || !cues.isDemonym(t.text())) continue;
                Optional<KbEntity> country = kb.countryOfDemonym(t.text(), lang, demonyms);
                if (country.isEmpty() || !firstSeen(t.start(), t.end())) continue;
                Candidate c = new Candidate(tokens, i, i + 1, null, false);
                add(new Typed(c, EntityType.MISC, country.get(), t.text(), Strength.STRONG));
            }
        }

        /** Where the document repeats a name the model found elsewhere in it, and no name covers the repeat, it is that name. */
        private void addRepeats() {
            boolean[] named = new boolean[text.length() + 1];
            for (Mention m : mentions) java.util.Arrays.fill(named, m.start(), m.end(), true);
            for (List<Token> tokens : taggedSentences) {
                boolean[] covered = new boolean[tokens.size()];
                for (int i = 0; i < tokens.size(); i++) covered[i] = named[tokens.get(i).start()];
                for (TokenSpan s : repeated.repeats(tokens, covered)) {
                    Candidate c = new Candidate(tokens, s.from(), s.to(), null, false);
                    if (firstSeen(c.start(), c.end())) add(typer.typeAs(c, text, memory, s.type()));
                }
            }
        }

        Entities result() {
            if (tagger != null) addRepeats();
            mentions.sort(java.util.Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
            return new Entities(upgradeLateSurnames(), roles);
        }

        /** A surname seen before its full name ("Syrotiuk … Yurii Syrotiuk") becomes that person too. */
        private List<Mention> upgradeLateSurnames() {
            List<Mention> out = new ArrayList<>(mentions.size());
            for (Mention m : mentions) {
                Optional<Identity> person = "MISC".equals(m.type()) && m.id().startsWith("name:") && !m.text().contains(" ")
                        ? memory.recall(lemmatizer.wordLemma(m.text(), true), 1).filter(p -> p.type() == EntityType.PER)
                        : Optional.empty();
                out.add(person.map(p -> new Mention(m.start(), m.end(), m.text(), "PER", p.id(), p.name())).orElse(m));
            }
            return out;
        }

        private static int firstWord(List<Token> tokens) {
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (t.isWord()) return i;
                if (!t.isPunctuation()) return -1;
            }
            return -1;
        }

        private static String day(String date) {
            return date == null || date.length() < 10 ? date : date.substring(0, 10);
        }
    }
}
