package org.wirewatch.core.story;

import java.util.HashMap;
import java.util.Map;

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

    private final Map<String, Integer> frequencies;
    private int documents;

    Rarity() {
        this(new HashMap<>(), 0);
    }

    Rarity(Map<String, Integer> frequencies, int documents) {
        this.frequencies = new HashMap<>(frequencies);
        this.documents = documents;
    }

    /** Counts one unit's evidence: each key once, however often it occurs in the unit. */
    void add(Evidence e) {
        documents++;
        for (String id : e.entities().keySet()) frequencies.merge(key(ENTITY, id), 1, Integer::sum);
        for (String k : e.bridgeCounts().keySet()) frequencies.merge(key(BRIDGE, k), 1, Integer::sum);
        if (e.lang() != null) for (String lemma : e.lemmaCounts().keySet()) frequencies.merge(key(e.lang(), lemma), 1, Integer::sum);
    }

    /**
     * Smoothed IDF: near 0 for a term in every unit (a country every article names), highest for
     * one never seen. Nothing is added to it, so common evidence really counts for little.
     */
    double idf(String space, String term) {
        int df = frequencies.getOrDefault(key(space, term), 0);
        return Math.max(MIN_IDF, Math.log((documents + 1.0) / (df + 0.5)));
    }

    /** Repeating a term makes it more central, but ten mentions are not ten times the evidence. */
    static double tf(double count) {
        return count <= 0 ? 0 : 1 + Math.log(count);
    }

    int documents() {
        return documents;
    }

    Map<String, Integer> frequencies() {
        return frequencies;
    }

    private static String key(String space, String term) {
        return space + ':' + term;
    }
}
