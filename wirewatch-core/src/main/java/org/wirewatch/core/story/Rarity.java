package org.wirewatch.core.story;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * How rare each piece of evidence is: document frequencies over the units seen so far, turned
 * into inverse document frequency. Entity ids, bridge keys and lemmas of each language are kept apart (a key
 * is namespaced by {@link #ENTITY}, {@link #BRIDGE} or the language code). Not thread-safe: one clusterer owns one.
 */
final class Rarity {
    static final String ENTITY = "@";
    /** The space of bridge keys, shared by every language. */
    static final String BRIDGE = "*";
    private static final double MIN_IDF = 0.05;

    /** Space → term → units it occurs in; apart per space so that a lookup builds no key. */
    private final Map<String, Map<String, Integer>> frequencies = new HashMap<>();
    private int documents;

    Rarity() {
        this(Map.of(), 0);
    }

    /** From the flat "space:term" counts of {@link #frequencies()} (a space never holds a colon, a term may). */
    Rarity(Map<String, Integer> frequencies, int documents) {
        frequencies.forEach((key, n) -> {
            int colon = key.indexOf(':');
            space(key.substring(0, colon)).put(key.substring(colon + 1), n);
        });
        this.documents = documents;
    }

    /** Counts one unit's evidence: each key once, however often it occurs in the unit. */
    void add(Evidence e) {
        documents++;
        count(ENTITY, e.entities().keySet());
        count(BRIDGE, e.bridgeCounts().keySet());
        if (e.lang() != null) count(e.lang(), e.lemmaCounts().keySet());
    }

    private void count(String space, Set<String> terms) {
        if (terms.isEmpty()) return;
        Map<String, Integer> counts = space(space);
        for (String term : terms) counts.merge(term, 1, Integer::sum);
    }

    private Map<String, Integer> space(String space) {
        return frequencies.computeIfAbsent(space, x -> new HashMap<>());
    }

    /**
     * Smoothed IDF: near 0 for a term in every unit (a country every article names), highest for
     * one never seen. Nothing is added to it, so common evidence really counts for little.
     */
    double idf(String space, String term) {
        return idfOf(df(space, term));
    }

    /** How many units counted so far hold the term. */
    int df(String space, String term) {
        Map<String, Integer> counts = frequencies.get(space);
        Integer df = counts == null ? null : counts.get(term);
        return df == null ? 0 : df;
    }

    /** {@link #idf} of a term held by {@code df} units. */
    double idfOf(int df) {
        return Math.max(MIN_IDF, Math.log((documents + 1.0) / (df + 0.5)));
    }

    /** {@link #tf} of whole counts, worked out once: clustering weighs every entity of every candidate story for every unit. */
    private static final double[] TF_OF_WHOLE = new double[256];

    static {
        for (int i = 1; i < TF_OF_WHOLE.length; i++) TF_OF_WHOLE[i] = 1 + Math.log(i);
    }

    /** Repeating a term makes it more central, but ten mentions are not ten times the evidence. */
    static double tf(double count) {
        if (count <= 0) return 0;
        int whole = (int) count;
        return whole == count && whole < TF_OF_WHOLE.length ? TF_OF_WHOLE[whole] : 1 + Math.log(count);
    }

    int documents() {
        return documents;
    }

    /** Every count under its flat key "space:term", as snapshots keep them. */
    Map<String, Integer> frequencies() {
        Map<String, Integer> flat = new HashMap<>();
        frequencies.forEach((space, counts) -> counts.forEach((term, n) -> flat.put(space + ':' + term, n)));
        return flat;
    }
}
