package org.wirewatch.core.story;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A weighted vector of terms, read-only, kept as parallel arrays sorted by the terms' hash codes
 * (then by the terms), so that two vectors meet in one merging pass over arrays. Story
 * clustering takes hundreds of dot products per article; over hash maps each shared-term lookup
 * was a hash probe with a cache miss, the most expensive part of placing an article (JFR samples
 * in docs/benchmark-log.md). It is a {@link Map} so that snapshots and explanations read it as before.
 */
final class SparseVector extends AbstractMap<String, Double> {
    static final SparseVector EMPTY = new SparseVector(new int[0], new String[0], new double[0]);

    private final int[] hashes;
    private final String[] terms;
    private final double[] weights;

    private SparseVector(int[] hashes, String[] terms, double[] weights) {
        this.hashes = hashes;
        this.terms = terms;
        this.weights = weights;
    }

    /** The map as a vector (itself when it already is one). */
    static SparseVector of(Map<String, Double> weights) {
        if (weights instanceof SparseVector v) return v;
        if (weights.isEmpty()) return EMPTY;
        String[] terms = weights.keySet().toArray(new String[0]);
        Arrays.sort(terms, SparseVector::order);
        int[] hashes = new int[terms.length];
        double[] values = new double[terms.length];
        for (int i = 0; i < terms.length; i++) {
            hashes[i] = terms[i].hashCode();
            values[i] = weights.get(terms[i]);
        }
        return new SparseVector(hashes, terms, values);
    }

    private static int order(String a, String b) {
        int byHash = Integer.compare(a.hashCode(), b.hashCode());
        return byHash != 0 ? byHash : a.compareTo(b);
    }

    /** The dot product, capped at 1 (both are unit vectors, so only rounding goes above). */
    double dot(SparseVector other) {
        int i = 0, j = 0;
        double dot = 0;
        while (i < terms.length && j < other.terms.length) {
            int c = Integer.compare(hashes[i], other.hashes[j]);
            // lemmas and bridge keys come from one cache, so equal terms are mostly one String
            if (c == 0 && terms[i] != other.terms[j]) c = terms[i].compareTo(other.terms[j]);
            if (c < 0) i++;
            else if (c > 0) j++;
            else dot += weights[i++] * other.weights[j++];
        }
        return Math.min(1, dot);
    }

    private int indexOf(Object key) {
        if (!(key instanceof String s)) return -1;
        int h = s.hashCode();
        int lo = 0, hi = terms.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = Integer.compare(hashes[mid], h);
            if (c == 0) c = terms[mid].compareTo(s);
            if (c < 0) lo = mid + 1;
            else if (c > 0) hi = mid - 1;
            else return mid;
        }
        return -1;
    }

    @Override
    public Double get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : weights[i];
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public int size() {
        return terms.length;
    }

    @Override
    public boolean isEmpty() {
        return terms.length == 0;
    }

    @Override
    public Set<Entry<String, Double>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Double>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < terms.length;
                    }

                    @Override
                    public Entry<String, Double> next() {
                        if (next >= terms.length) throw new NoSuchElementException();
                        int i = next++;
                        return new SimpleImmutableEntry<>(terms[i], weights[i]);
                    }
                };
            }

            @Override
            public int size() {
                return terms.length;
            }
        };
    }
}
