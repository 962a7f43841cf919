package org.wirewatch.core.story;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * How alike two units are, in [0, 1], without translating anything. Entity ids, day dates,
 * amounts with their objects and event types are the same in every language; lemmas are compared
 * only when both units are in the same language. Rare evidence counts for more (IDF from {@link
 * Rarity}). Units far apart in time count for less: a story is told within days. Immutable and
 * thread-safe.
 *
 * <p>Calibration: the weights and curve were set by hand on the seeds and on generated corpora
 * (docs/stories.md) so that reports of one story score above 0.8 and reports of other events with
 * the same cast below; no human-judged gold was available to fit them.
 */
final class Similarity {
    private static final double DAY = 24 * 60;
    private static final double GRACE_DAYS = 1;
    private static final double PACE_DAYS = 7;
    /**
     * Time alone never rules a pair out: dates inferred from the text can be far off, and a story
     * comes back (a trial, an anniversary). Reached only beyond the story window, so it changes
     * no join, only how alike articles weeks apart look.
     */
    private static final double TIME_FLOOR = 0.5;
    /** How much of a score two units keep when every kind of thing both count is counted differently. */
    private static final double CONFLICT = 0.5;

    /**
     * Across languages, the log-odds that two units are one story: weights of a logistic fit on the
     * dev translation pairs (docs/stories.md, "Calibration"), rounded, with the entity weight held
     * positive so that independent reports, which share names more than words, still meet.
     */
    private static final double W_ENTITIES = 4, W_CONCEPTS = 18, W_COGNATES = 6, W_NUMBERS = 2.7, W_LENGTH = 12.5, BIAS = -13.6;
    /**
     * Names the recogniser did not link (a district, a sea, a nickname) are told by the cognate
     * keys of words written capitalised inside a sentence; on top of the cognate weight they count
     * as much as linked entities do, since a transliterated name survives translation where an
     * everyday cognate does not (set on dev xling: docs/stories.md, "Calibration").
     */
    private static final double W_NAMES = 4;
    /**
     * The words route when one unit names no linked entity (a speech, a letter, a chat, a review):
     * no entity can agree, so the weights above, fitted mostly on news that names people and
     * places, read a translation's shared concepts as too little. Fitted apart (logistic
     * regression, L2 0.01, rounded) on the dev xling cross-language pairs where one side has no
     * entity id, as a whole: 66 translation pairs against 30,153 other pairs (docs/stories.md,
     * "Calibration").
     */
    private static final double U_CONCEPTS = 29, U_COGNATES = 13.5, U_NUMBERS = 5, U_LENGTH = 10, U_BIAS = -14.4;
    /** Below this length ratio two units are not a translation of each other, so length says nothing. */
    private static final double LENGTH_FROM = 0.5;
    private static final double WORDS_AGREE = 0.2;
    /** The share of the concept weight two bridged languages keep ({@link #acrossBridged}). */
    private static final double BRIDGED_CONCEPTS = 0.7;
    /**
     * The share of the cognate weight names keep between two bridged languages: set on the
     * generated corpus and examples/corpus (at 0.3 the Russian and Ukrainian Odesa reports part,
     * at 1.0 generated look-alikes return; docs/stories.md).
     */
    private static final double BRIDGED_NAMES = 0.5;

    /** The languages with a word-bridge list of their own. */
    private final Set<String> bridged;

    /** Scores with no language counted as bridged: every pair of languages takes the one words route. */
    Similarity() {
        this(Set.of());
    }

    Similarity(Set<String> bridged) {
        this.bridged = Set.copyOf(bridged);
    }
    private static final double NUMBERS_AGREE = 0.3;
    /**
     * One language: the cast reading counts in full only once the lemmas agree this much (cosine);
     * below, in proportion. Set on the SemEval dev pairs (docs/stories.md, "Calibration").
     */
    private static final double CAST_NEEDS_WORDS = 0.2;

    /**
     * A unit with its vectors weighted by rarity and scaled to length 1, computed once: entity ids,
     * lemmas of its language, and the three kinds of {@link Lexicon} bridge keys, kept apart since
     * they are not equally telling.
     */
    record Weighted(Evidence evidence, Map<String, Double> entities, Map<String, Double> lemmas,
                    Map<String, Double> concepts, Map<String, Double> cognates, Map<String, Double> numbers, Map<String, Double> names) {
        /** Every vector as a {@link SparseVector}, whatever map it was built or read from, so that scoring meets arrays. */
        Weighted {
            entities = SparseVector.of(entities);
            lemmas = SparseVector.of(lemmas);
            concepts = SparseVector.of(concepts);
            cognates = SparseVector.of(cognates);
            numbers = SparseVector.of(numbers);
            names = SparseVector.of(names);
        }
    }

    /**
     * A unit laid out to be scored against many others ({@link #of(Query, Weighted)}): its vectors
     * as {@link SparseVector.Probe} tables. One article is scored against hundreds of story units;
     * the tables are built for it once and dropped after it, never kept with the stories.
     */
    record Query(Weighted unit, SparseVector.Probe entities, SparseVector.Probe lemmas, SparseVector.Probe concepts,
                 SparseVector.Probe cognates, SparseVector.Probe numbers, SparseVector.Probe names) {}

    Query query(Weighted unit) {
        return new Query(unit, probe(unit.entities()), probe(unit.lemmas()), probe(unit.concepts()), probe(unit.cognates()),
                probe(unit.numbers()), probe(unit.names()));
    }

    private static SparseVector.Probe probe(Map<String, Double> v) {
        return ((SparseVector) v).probe();
    }

    /**
     * The parts of a score, for explaining it: {@code lexical} is the lemma cosine (-1 when the
     * languages differ); {@code concepts}, {@code cognates}, {@code numbers} the cosines of the bridge keys.
     */
    record Score(double entities, double lexical, double concepts, double cognates, double numbers, double dates, double amounts,
                 double events, double time, double value) {}

    Weighted weigh(Evidence e, Rarity rarity) {
        return new Weighted(e, unit(e.entities(), Rarity.ENTITY, rarity),
                e.lang() == null ? Map.of() : unit(e.lemmaCounts(), e.lang(), rarity),
                unit(keys(e, Lexicon.CONCEPT), Rarity.BRIDGE, rarity), unit(keys(e, Lexicon.COGNATE), Rarity.BRIDGE, rarity),
                unit(keys(e, Lexicon.NUMBER), Rarity.BRIDGE, rarity), unit(keys(e, Lexicon.NAME), Rarity.BRIDGE, rarity));
    }

    private static Map<String, Double> keys(Evidence e, String kind) {
        Map<String, Double> out = new HashMap<>();
        e.bridgeCounts().forEach((k, v) -> {
            if (k.startsWith(kind)) out.put(k, v);
        });
        return out;
    }

    Score score(Weighted a, Weighted b) {
        return score(a, null, b, true);
    }

    /** The score's value alone: the parts its route does not use are not computed (clustering takes hundreds per article). */
    double of(Weighted a, Weighted b) {
        return score(a, null, b, false).value();
    }

    /** {@link #of(Weighted, Weighted)} for a unit scored against many: the same value, computed faster. */
    double of(Query a, Weighted b) {
        return score(a.unit(), a, b, false).value();
    }

    /** {@code q}: {@code a} laid out as a {@link Query}, or null. */
    private Score score(Weighted a, Query q, Weighted b, boolean allParts) {
        Evidence x = a.evidence(), y = b.evidence();
        double ent = dot(q == null ? null : q.entities(), a.entities(), b.entities());
        boolean sameLanguage = x.lang() != null && x.lang().equals(y.lang()) && !a.lemmas().isEmpty() && !b.lemmas().isEmpty();
        double lex = sameLanguage ? dot(q == null ? null : q.lemmas(), a.lemmas(), b.lemmas()) : -1;
        boolean bridged = allParts || !sameLanguage;
        double con = bridged ? dot(q == null ? null : q.concepts(), a.concepts(), b.concepts()) : 0;
        double cog = dot(q == null ? null : q.cognates(), a.cognates(), b.cognates());
        double num = bridged ? dot(q == null ? null : q.numbers(), a.numbers(), b.numbers()) : 0;
        double dat = overlap(x.dates(), y.dates());
        double amt = overlap(x.amounts(), y.amounts());
        double evt = overlap(x.events(), y.events());
        double time = closeness(x, y);
        double content = sameLanguage
                ? withinLanguage(lex, ent, cog, amt, dat, evt)
                : bothBridged(x, y) ? Math.max(sameFacts(ent, amt, dat, evt, con), acrossBridged(ent, con, dot(q == null ? null : q.names(), a.names(), b.names()), num, x, y) * numbersAgree(num, a, b))
                : Math.max(sameFacts(ent, amt, dat, evt, con + cog),
                        acrossLanguages(ent, con, cog, dot(q == null ? null : q.names(), a.names(), b.names()), num, x, y) * numbersAgree(num, a, b));
        double value = Math.max(0, Math.min(1, content * time * (1 - CONFLICT * conflict(x.amounts(), y.amounts()))));
        return new Score(ent, lex, con, cog, num, dat, amt, evt, time, value);
    }

    /**
     * Cosines of sparse vectors are small even for close texts (many words are unshared); a
     * concave stretch spreads the useful 0.05–0.5 range over the scale.
     */
    private static double stretch(double content) {
        return Math.sqrt(Math.max(0, content));
    }

    /**
     * One language: the better of two readings. The cast reading (lemmas and entities, set by hand
     * on the seeds and generated corpora) joins follow-up reports that share the cast more than
     * the words, but only as far as they share some words too: articles that name the same
     * people and places in other words tell other stories. The wording reading adds cognate keys,
     * which meet a word's inflections and compounds where the language has no dictionary, and was
     * weighted on the SemEval dev pairs (docs/stories.md, "Calibration").
     */
    private static double withinLanguage(double lex, double ent, double cog, double amt, double dat, double evt) {
        double cast = (0.45 * lex + 0.40 * ent + 0.09 * amt + 0.03 * dat + 0.03 * evt) * Math.min(1, lex / CAST_NEEDS_WORDS);
        double wording = 0.48 * lex + 0.06 * ent + 0.40 * cog + 0.04 * amt + 0.01 * dat + 0.01 * evt;
        return stretch(Math.max(cast, wording));
    }

    /**
     * Two languages, the facts route: the same entities, amounts, dates and events, as reports of
     * one event in two languages share them even when one is much shorter (an abridged
     * translation, a wire story and a local rewrite). Shared names alone mislead where a unit
     * names one or two things, so the route counts in full only once the words agree as well
     * (bridge cosines summing to {@value #WORDS_AGREE}).
     */
    private static double sameFacts(double ent, double amt, double dat, double evt, double words) {
        double facts = Math.pow(Math.max(0, 0.72 * ent + 0.16 * amt + 0.07 * dat + 0.05 * evt), 0.4);
        return facts * Math.min(1, words / WORDS_AGREE);
    }

    /**
     * Reports of different events told from one template (wire copy, generated news) share their
     * words in every language; their numbers differ. When both units give numbers, the words
     * route keeps its full weight only once they share some ({@value #NUMBERS_AGREE} cosine), and
     * half of it when they share none.
     */
    private static double numbersAgree(double num, Weighted a, Weighted b) {
        if (a.numbers().isEmpty() || b.numbers().isEmpty()) return 1;
        return 0.5 + 0.5 * Math.min(1, num / NUMBERS_AGREE);
    }

    /**
     * Two languages, the words route: the probability that the units tell one story, from what survives
     * translation (entity ids, bridge concepts, cognate keys, the cognate keys of names, numbers) and, for a translation,
     * its length. A probability, so the join threshold means the same for every pair of languages.
     */
    private static double acrossLanguages(double ent, double con, double cog, double names, double num, Evidence x, Evidence y) {
        if (x.entities().isEmpty() || y.entities().isEmpty()) {
            return logistic(U_CONCEPTS * con + U_COGNATES * cog + U_NUMBERS * num + U_LENGTH * lengthFit(x, y) + U_BIAS);
        }
        return logistic(W_ENTITIES * ent + W_CONCEPTS * con + W_COGNATES * cog + W_NAMES * names + W_NUMBERS * num + W_LENGTH * lengthFit(x, y) + BIAS);
    }

    /**
     * The words route between two languages that both have a word-bridge list (Russian and
     * Ukrainian): their lists were written side by side, so reports of other events told in one
     * template share nearly all their concepts, and the cognate keys they share beyond those are
     * the everyday words of kin languages, not evidence of one story. Only the cognate keys of names
     * (words written capitalised inside a sentence: places and people the recogniser did not link)
     * count, at {@value #BRIDGED_NAMES} of the cognate weight, and concepts count {@value #BRIDGED_CONCEPTS} of theirs (docs/stories.md, "Calibration").
     */
    private static double acrossBridged(double ent, double con, double names, double num, Evidence x, Evidence y) {
        return logistic(W_ENTITIES * ent + BRIDGED_CONCEPTS * W_CONCEPTS * con + BRIDGED_NAMES * W_COGNATES * names + W_NUMBERS * num + W_LENGTH * lengthFit(x, y) + BIAS);
    }

    private boolean bothBridged(Evidence x, Evidence y) {
        return x.lang() != null && y.lang() != null && bridged.contains(x.lang()) && bridged.contains(y.lang());
    }

    /** How far the length ratio of the two units exceeds {@link #LENGTH_FROM}: a translation keeps the length. */
    private static double lengthFit(Evidence x, Evidence y) {
        double ratio = Math.min(x.length(), y.length()) / (double) Math.max(1, Math.max(x.length(), y.length()));
        return Math.max(0, ratio - LENGTH_FROM);
    }

    private static double logistic(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    private static Map<String, Double> unit(Map<String, Double> counts, String space, Rarity rarity) {
        Map<String, Double> out = new HashMap<>(counts.size() * 2);
        double sum = 0;
        for (Map.Entry<String, Double> e : counts.entrySet()) {
            double w = Rarity.tf(e.getValue()) * rarity.idf(space, e.getKey());
            out.put(e.getKey(), w);
            sum += w * w;
        }
        if (sum == 0) return Map.of();
        double norm = Math.sqrt(sum);
        out.replaceAll((k, v) -> v / norm);
        return out;
    }

    /** Both are {@link SparseVector}s: {@link Weighted} makes them so. {@code probe}: {@code a} as a table, or null. */
    private static double dot(SparseVector.Probe probe, Map<String, Double> a, Map<String, Double> b) {
        if (a.isEmpty() || b.isEmpty()) return 0;
        return probe != null ? probe.dot((SparseVector) b) : ((SparseVector) a).dot((SparseVector) b);
    }

    /** Share of the smaller set found in the other; 0 when either is empty. */
    static double overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) return 0;
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        int shared = 0;
        for (String x : small) if (large.contains(x)) shared++;
        return (double) shared / small.size();
    }

    /**
     * The share of the things both units count ("drone", "person") for which they give no common
     * number: 75 drones against 49 drones is another attack, however alike the cast and the words.
     * A number that changes while a story runs (a rising toll) leaves the other counts agreeing,
     * so it costs only part of the score.
     */
    static double conflict(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) return 0;
        Map<String, Set<String>> mine = byObject(a), theirs = byObject(b);
        int shared = 0, conflicting = 0;
        for (Map.Entry<String, Set<String>> x : mine.entrySet()) {
            Set<String> other = theirs.get(x.getKey());
            if (other == null) continue;
            shared++;
            if (java.util.Collections.disjoint(x.getValue(), other)) conflicting++;
        }
        return shared == 0 ? 0 : (double) conflicting / shared;
    }

    /** "90|drone" → drone → {90}. */
    private static Map<String, Set<String>> byObject(Set<String> amounts) {
        return Amounts.of(amounts).byObject();
    }

    /** 1 while the units are within a day of each other, then falling off over days to {@link #TIME_FLOOR}; 1 when either is undated. */
    private static double closeness(Evidence a, Evidence b) {
        if (!a.hasTime() || !b.hasTime()) return 1;
        double days = Math.abs(a.minute() - b.minute()) / DAY;
        return days <= GRACE_DAYS ? 1 : Math.max(TIME_FLOOR, 1 / (1 + (days - GRACE_DAYS) / PACE_DAYS));
    }
}
