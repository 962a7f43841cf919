package org.wirewatch.core.story;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * How alike two units are, in [0, 1], without translating anything. Entity ids, day dates,
 * amounts with their objects and event types are the same in every language; lemmas are compared
 * only when both units are in the same language. Rare evidence counts for more (IDF from {@link
 * Rarity}). Units far apart in time count for less: a story is told within days. Thread-safe:
 * keeps no state.
 *
 * <p>Calibration: the weights and curve were set by hand on the seeds and on generated corpora
 * (docs/stories.md) so that reports of one story score above 0.8 and reports of other events with
 * the same cast below; no human-judged gold was available to fit them.
 */
final class Similarity {
    private static final double DAY = 24 * 60;
    private static final double GRACE_DAYS = 1;
    private static final double PACE_DAYS = 7;
    /** How much of a score two units keep when every kind of thing both count is counted differently. */
    private static final double CONFLICT = 0.5;

    /** A unit with its entity and lemma vectors weighted by rarity and scaled to length 1, computed once. */
    record Weighted(Evidence evidence, Map<String, Double> entities, Map<String, Double> lemmas, Map<String, Double> bridge) {}

    /**
     * The parts of a score, for explaining it: {@code lexical} is the lemma cosine (-1 when the
     * languages differ), {@code bridge} the cosine of the keys every language shares.
     */
    record Score(double entities, double lexical, double bridge, double dates, double amounts, double events, double time, double value) {}

    Weighted weigh(Evidence e, Rarity rarity) {
        return new Weighted(e, unit(e.entities(), Rarity.ENTITY, rarity),
                e.lang() == null ? Map.of() : unit(e.lemmaCounts(), e.lang(), rarity), unit(e.bridgeCounts(), Rarity.BRIDGE, rarity));
    }

    Score score(Weighted a, Weighted b) {
        Evidence x = a.evidence(), y = b.evidence();
        double ent = dot(a.entities(), b.entities());
        boolean sameLanguage = x.lang() != null && x.lang().equals(y.lang()) && !a.lemmas().isEmpty() && !b.lemmas().isEmpty();
        double lex = sameLanguage ? dot(a.lemmas(), b.lemmas()) : -1;
        double bri = dot(a.bridge(), b.bridge());
        double dat = overlap(x.dates(), y.dates());
        double amt = overlap(x.amounts(), y.amounts());
        double evt = overlap(x.events(), y.events());
        double time = closeness(x, y);
        double content = sameLanguage
                ? 0.45 * lex + 0.40 * ent + 0.09 * amt + 0.03 * dat + 0.03 * evt
                : 0.72 * ent + 0.16 * amt + 0.07 * dat + 0.05 * evt;
        double value = Math.max(0, Math.min(1, stretch(content, !sameLanguage) * time * (1 - CONFLICT * conflict(x.amounts(), y.amounts()))));
        return new Score(ent, lex, bri, dat, amt, evt, time, value);
    }

    double of(Weighted a, Weighted b) {
        return score(a, b).value();
    }

    /**
     * Cosines of sparse vectors are small even for close texts (many words are unshared); a
     * concave stretch spreads the useful 0.05–0.5 range over the scale. Without lexical evidence
     * (two languages) the same story scores lower, so the curve is flatter there: one scale, one
     * threshold, whatever the languages.
     */
    private static double stretch(double content, boolean crossLingual) {
        return Math.pow(Math.max(0, content), crossLingual ? 0.4 : 0.5);
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

    private static double dot(Map<String, Double> a, Map<String, Double> b) {
        if (a.isEmpty() || b.isEmpty()) return 0;
        Map<String, Double> small = a.size() <= b.size() ? a : b;
        Map<String, Double> large = small == a ? b : a;
        double dot = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double other = large.get(e.getKey());
            if (other != null) dot += e.getValue() * other;
        }
        return Math.min(1, dot);
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
        Map<String, Set<String>> out = new HashMap<>();
        for (String x : amounts) {
            int bar = x.indexOf('|');
            if (bar > 0) out.computeIfAbsent(x.substring(bar + 1), k -> new java.util.HashSet<>()).add(x.substring(0, bar));
        }
        return out;
    }

    /** 1 while the units are within a day of each other, then falling off over days; 1 when either is undated. */
    private static double closeness(Evidence a, Evidence b) {
        if (!a.hasTime() || !b.hasTime()) return 1;
        double days = Math.abs(a.minute() - b.minute()) / DAY;
        return days <= GRACE_DAYS ? 1 : 1 / (1 + (days - GRACE_DAYS) / PACE_DAYS);
    }
}
