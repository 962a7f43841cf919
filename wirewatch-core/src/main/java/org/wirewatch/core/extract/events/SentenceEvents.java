package org.wirewatch.core.extract.events;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.wirewatch.core.model.Amount;
import org.wirewatch.core.model.DateMention;
import org.wirewatch.core.model.Event;
import org.wirewatch.core.model.Quote;
import org.wirewatch.core.linguistics.morph.Reading;

/**
 * The events one sentence tells as fact. A trigger under negation ("don't support attacks") or
 * modality ("might attack", "is expected to meet") gives no event, except that promised aid is
 * an {@link EventType#AID_PLEDGE} ("will send $300 million"). Aid needs something given (money,
 * equipment, an aid word); an event needs a participant, or for what happens to places (attacks,
 * damage, casualties, evacuations) at least a place; a statement counts only when nothing else
 * happens in its sentence. What the sentence reports someone as
 * saying keeps that someone as its source.
 */
final class SentenceEvents {
    private static final int NEGATION_REACH = 4;
    private static final int MODAL_REACH = 5;
    /** What states do: a leader named as doing it stands for the state ("Putin is launching a missile attack"). */
    private static final Set<EventType> STATE_ACTIONS = EnumSet.of(EventType.ATTACK, EventType.INTERCEPT,
            EventType.AID_PLEDGE, EventType.AID_DELIVERY, EventType.SANCTION, EventType.TROOP_DEPLOYMENT);

    private final EventCues cues;
    private final TriggerFinder triggers;
    private final Arguments arguments;

    SentenceEvents(EventCues cues) {
        this.cues = cues;
        this.triggers = new TriggerFinder(cues);
        this.arguments = new Arguments(cues);
    }

    List<Draft> read(SentenceView s, ArticleContext article) {
        List<TriggerMatch> found = triggers.find(s);
        List<Draft> out = new ArrayList<>();
        for (TriggerMatch t : found) {
            if (negated(s, t, found)) continue;
            EventType type = typeUnderModality(s, t);
            if (type == null) continue;
            if (t.type() == EventType.DAMAGE && weaponObject(s, t, article)) type = EventType.INTERCEPT;
            if (isAid(type) && !aidGiven(s, article)) continue;
            addOrJoin(out, draft(s, t, type, article));
        }
        out.replaceAll(d -> blameTheActor(d, out));
        out.replaceAll(d -> announcerGives(d, out, article));
        out.replaceAll(d -> placedByTheAttack(d, out));
        out.removeIf(d -> !d.hasParticipants() && (d.type().needsParticipant() || d.locations().isEmpty()));
        boolean other = out.stream().anyMatch(d -> d.type() != EventType.STATEMENT);
        if (other) out.removeIf(d -> d.type() == EventType.STATEMENT);
        return out;
    }

    /** "Russian forces attacked Dnipro …, killing 17 people": the dead and the damage are where the attack was. */
    private static Draft placedByTheAttack(Draft d, List<Draft> sentence) {
        if (d.type() != EventType.CASUALTIES && d.type() != EventType.DAMAGE || !d.locations().isEmpty()) return d;
        for (Draft other : sentence) {
            if (other.type() == EventType.ATTACK && !other.locations().isEmpty()) return d.withLocations(other.locations());
        }
        return d;
    }

    /** "Macron announced a new aid package for Ukraine": who announces aid gives it. */
    private static Draft announcerGives(Draft d, List<Draft> sentence, ArticleContext article) {
        if (d.actor() != null || !isAid(d.type())) return d;
        for (Draft other : sentence) {
            if (other.type() == EventType.STATEMENT && other.actor() != null && other.start() < d.start()) {
                return d.withActor(stateOf(other.actor(), article));
            }
        }
        return d;
    }

    /** "condemned the missile strike by Russians": what is condemned is the actor of the attack named after it. */
    private static Draft blameTheActor(Draft d, List<Draft> sentence) {
        if (d.target() != null || d.type() != EventType.CONDEMN && d.type() != EventType.ACCUSE) return d;
        for (Draft other : sentence) {
            if (other.type() == EventType.ATTACK && other.start() > d.start() && other.actor() != null && !other.actor().equals(d.actor())) {
                return new Draft(d.type(), d.start(), d.end(), d.actor(), other.actor(), d.locations(), d.source(), d.date(),
                        d.dateKey(), d.amounts(), d.evidence());
            }
        }
        return d;
    }

    /**
     * One sentence tells one event of a type ("will send $300 million … the latest aid package"):
     * a second trigger of the same type adds only what the first lacks.
     */
    private static void addOrJoin(List<Draft> out, Draft d) {
        for (int i = 0; i < out.size(); i++) {
            Draft first = out.get(i);
            if (first.type() != d.type()) continue;
            out.set(i, first.union(d, first.target() != null ? first.target() : d.target()));
            return;
        }
        out.add(d);
    }

    private Draft draft(SentenceView s, TriggerMatch t, EventType type, ArticleContext article) {
        Arguments.Read args = arguments.read(s, t);
        int start = s.tokens.get(t.first()).start();
        int end = s.tokens.get(t.last()).end();
        Quote quote = article.quoteAt(start);
        String actor = args.actor() != null ? args.actor().id() : firstPersonSpeaker(s, t, quote);
        if (actor == null) actor = thingPronounActor(s, t);
        if (actor != null && STATE_ACTIONS.contains(type)) actor = stateOf(actor, article);
        if (actor == null) actor = personPronounActor(s, t, article);
        String target = args.target() == null ? null : args.target().id();
        if (actor == null && type == EventType.MEET && target != null) actor = speaker(quote);   // "on meeting Rutte, they discussed"
        if (target == null && type == EventType.ATTACK) target = countryAttacked(args.locations(), actor);
        String source = source(s, t, quote, article);
        if (source != null && source.equals(actor)) source = null;
        DateMention date = dateOf(s, t, article);
        if (date != null && bounded(s, date) && date.start() > start) date = null;   // "the first attack since August": not its day
        String key = dateKey(s, date);
        String day = date == null ? publishedDay(article) : key == null || key.startsWith("bound:") ? null : date.value();
        List<Integer> amounts = amountsOf(s, type, article);
        return new Draft(type, start, end, actor, target, args.locations(), source, day, key, amounts,
                List.of(new Event.Evidence(s.sentence.start(), s.sentence.end())));
    }

    /** A negation shortly before the trigger, or before the trigger it is listed with ("no casualties or major damage"). */
    private boolean negated(SentenceView s, TriggerMatch t, List<TriggerMatch> all) {
        for (int k = t.first() - 1; k >= Math.max(0, t.first() - NEGATION_REACH); k--) {
            String w = s.words[k];
            if (cues.negation(w) || w.endsWith("n't")) return true;
            TriggerMatch before = triggerAt(all, k);
            if (before != null) return listedWith(s, before, t) && negated(s, before, all);
            if (!s.isWord(k)) return false;
        }
        return false;
    }

    private boolean listedWith(SentenceView s, TriggerMatch first, TriggerMatch then) {
        for (int k = first.last() + 1; k < then.first(); k++) if (cues.listGlue(s.words[k])) return true;
        return false;
    }

    private static TriggerMatch triggerAt(List<TriggerMatch> all, int k) {
        for (TriggerMatch m : all) if (m.first() <= k && k <= m.last()) return m;
        return null;
    }

    /** The type the sentence gives the trigger under its modality, or null when it tells no fact. */
    private EventType typeUnderModality(SentenceView s, TriggerMatch t) {
        if (!modal(s, t)) return t.type();
        if (t.type() == EventType.AID_DELIVERY || t.type() == EventType.AID_PLEDGE) return EventType.AID_PLEDGE;
        return null;
    }

    private boolean modal(SentenceView s, TriggerMatch t) {
        if (future(s, t.first())) return true;
        for (int k = t.first() - 1; k >= Math.max(0, t.first() - MODAL_REACH); k--) {
            if (!s.isWord(k) && !s.words[k].startsWith("'") || cues.clauseBreak(s.words[k])) return false;
            if (s.argAt(k) != null) continue;
            if (future(s, k)) return true;
            for (String lemma : s.lemmas(k)) if (cues.modal(lemma)) return true;
        }
        return false;
    }

    private boolean future(SentenceView s, int k) {
        for (Reading r : s.readings.get(k)) if (cues.futureTag(r)) return true;
        return false;
    }

    private static boolean isAid(EventType type) {
        return type == EventType.AID_PLEDGE || type == EventType.AID_DELIVERY;
    }

    private boolean aidGiven(SentenceView s, ArticleContext article) {
        for (int k = 0; k < s.size(); k++) for (String lemma : s.lemmas(k)) if (cues.aidWord(lemma)) return true;
        return amountsIn(s, article).stream().anyMatch(i -> AmountRoles.isAid(article.article().amounts().get(i)));
    }

    /** "destroyed all 10 missiles": destroying what was fired is interception. */
    private static boolean weaponObject(SentenceView s, TriggerMatch t, ArticleContext article) {
        int from = s.tokens.get(t.last()).end();
        for (int i : amountsIn(s, article)) {
            Amount a = article.article().amounts().get(i);
            if (a.start() >= from && a.start() - from < 12 && AmountRoles.isWeapon(a)) return true;
        }
        return false;
    }

    private static List<Integer> amountsIn(SentenceView s, ArticleContext article) {
        List<Integer> out = new ArrayList<>();
        List<Amount> all = article.article().amounts();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).start() >= s.sentence.start() && all.get(i).end() <= s.sentence.end()) out.add(i);
        }
        return out;
    }

    private static List<Integer> amountsOf(SentenceView s, EventType type, ArticleContext article) {
        return amountsIn(s, article).stream().filter(i -> AmountRoles.belongs(article.article().amounts().get(i), type)).toList();
    }

    /** "Ukraine, which it invaded", "в Украине, куда она вторглась": the subject named before in the sentence. */
    private String thingPronounActor(SentenceView s, TriggerMatch t) {
        for (int k = t.first() - 1; k >= Math.max(0, t.first() - 3); k--) {
            if (!s.isWord(k) || s.argAt(k) != null) return null;
            if (cues.thingPronoun(s.words[k])) {
                Arg antecedent = arguments.ungovernedBefore(s, k);
                return antecedent == null ? null : antecedent.id();
            }
        }
        return null;
    }

    /** "he blamed", "his meeting": the person named last before the trigger. */
    private String personPronounActor(SentenceView s, TriggerMatch t, ArticleContext article) {
        for (int k = t.first() - 1; k >= Math.max(0, t.first() - 3); k--) {
            if (!s.isWord(k) || s.argAt(k) != null) return null;
            if (cues.personPronoun(s.words[k])) return article.lastPersonBefore(s.tokens.get(k).start());
        }
        return null;
    }

    /** The state a leader, government body or armed force acts for, or the actor itself. */
    private static String stateOf(String actor, ArticleContext article) {
        String country = article.countryLedBy(actor);
        if (country == null) country = article.countryOfBody(actor);
        return country != null ? country : actor;
    }

    /** "attacks in Ukraine", "invaded in 2022 … Ukraine": a country where an attack happens is what is attacked. */
    private static String countryAttacked(List<String> locations, String actor) {
        for (String place : locations) if (place.startsWith("iso:") && !place.equals(actor)) return place;
        return null;
    }

    private static String speaker(Quote quote) {
        return quote == null || quote.speaker() == null ? null : quote.speaker().id();
    }

    /** "I condemn these attacks" in Stoltenberg's quote: the speaker acts. */
    private String firstPersonSpeaker(SentenceView s, TriggerMatch t, Quote quote) {
        if (quote == null || quote.speaker() == null || quote.speaker().id() == null || !t.verb()) return null;
        for (int k = t.first() - 1; k >= Math.max(0, t.first() - 3); k--) if (cues.firstPerson(s.words[k])) return quote.speaker().id();
        return null;
    }

    /**
     * Who the sentence says told it: "according to X", "X said", "…, said X", a quote's speaker. A
     * claimant is a person, an organisation or a state (a capital standing for it), never a place,
     * nor a name that only modifies the noun after it ("TURAN's Washington correspondent reports").
     */
    private String source(SentenceView s, TriggerMatch t, Quote quote, ArticleContext article) {
        if (quote != null && quote.speaker() != null && quote.speaker().id() != null && !article.isPlaceInCountry(quote.speaker().id())) {
            return quote.speaker().id();
        }
        for (int k = 0; k < s.size(); k++) {
            if (k >= t.first() && k <= t.last()) continue;
            if (cues.sourceAfter(s.words[k])) {
                for (int j = k + 1; j < Math.min(s.size(), k + 5); j++) if (s.argAt(j) != null) return claimant(s, s.argAt(j));
            }
            if (!s.isWord(k) || s.argAt(k) != null || !arguments.reportingVerb(s, k)) continue;
            // "…, said Klitschko" names the speaker; in "Washington said Russia attacked" Russia begins what was said
            if (k > t.last() && s.argAt(k + 1) != null) return claimant(s, s.argAt(k + 1));
            Arg subject = arguments.subjectBefore(s, k, false);
            if (subject != null && k - subject.last() <= 4 && !arguments.modifier(s, subject)) return claimant(s, subject);
        }
        return null;
    }

    /** The claimant the entity names: itself, or the state of a capital that opens a clause ("Washington said"), or none. */
    private static String claimant(SentenceView s, Arg a) {
        if (!a.place()) return a.id();
        return Arguments.opensClause(s, a) ? a.stateOf() : null;   // not "visiting Kyiv"
    }

    /**
     * The day as the text gives it: its value; the words of a bound before the trigger ("since
     * August 26, when it launched an attack"), which mark another day than the article's; null when the sentence gives none or one that could
     * not be resolved ("Wednesday" in an undated article).
     */
    private String dateKey(SentenceView s, DateMention date) {
        if (date == null) return null;
        if (bounded(s, date)) return "bound:" + Words.normal(date.text());
        return date.value();
    }

    /** The date in the sentence nearest the trigger (a bound like "since August" included), or null. */
    private DateMention dateOf(SentenceView s, TriggerMatch t, ArticleContext article) {
        int at = s.tokens.get(t.first()).start();
        DateMention best = null;
        for (DateMention d : article.article().dates()) {
            if (d.start() < s.sentence.start() || d.end() > s.sentence.end()) continue;
            if (best == null || Math.abs(d.start() - at) < Math.abs(best.start() - at)) best = d;
        }
        return best;
    }

    private boolean bounded(SentenceView s, DateMention d) {
        for (int k = s.size() - 1; k >= 0; k--) {
            if (s.tokens.get(k).end() > d.start()) continue;
            return cues.dateBlock(s.words[k]);
        }
        return false;
    }

    private static String publishedDay(ArticleContext article) {
        String p = article.article().published();
        if (p == null || p.isBlank()) return null;
        return p.length() > 10 ? p.substring(0, 10) : p;
    }
}
