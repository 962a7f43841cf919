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

    /** This vector laid out for many dot products with others ({@link Probe}). */
    Probe probe() {
        return new Probe(this);
    }

    /**
     * A vector laid out for the hundreds of dot products one article takes against the stories'
     * units: an open-addressing table on the terms' hash codes, so that each term of the other
     * vector costs one probe instead of a step of a merge whose branches cannot be predicted
     * (about half of placing's CPU time went to those merges). The products are summed in the
     * other vector's order, which is the order the merge meets shared terms in, so the result is
     * the same double as {@link SparseVector#dot}. Built for one article and dropped after it.
     */
    static final class Probe {
        private final int mask;
        private final int shift;
        /** A hash code no term of the vector has: marks an empty slot, so a miss reads one int array only. */
        private final int empty;
        private final int[] hashes;
        private final String[] terms;
        private final double[] weights;
        /**
         * One bit per value of a second mix of the hash codes, set for the vector's terms: most terms
         * of the other vector are missing, and a missing one mostly ends at its clear bit, in a
         * loop whose branch is predictable, so the other vector's hash codes stream from memory
         * (the cost of a dot product is reading them: the stories' units are far more than the caches).
         */
        private final long[] bits;
        private final int bitShift;

        private Probe(SparseVector v) {
            // a quarter full at most: most terms of the other vector are missing, and a miss then ends at its first slot
            int size = Integer.highestOneBit(Math.max(8, v.terms.length * 4) - 1) << 1;
            mask = size - 1;
            shift = Integer.numberOfLeadingZeros(mask);
            empty = unused(v.hashes);
            hashes = new int[size];
            java.util.Arrays.fill(hashes, empty);
            terms = new String[size];
            weights = new double[size];
            int bitCount = Integer.highestOneBit(Math.max(64, v.terms.length * 64) - 1) << 1;
            bits = new long[bitCount >>> 6];
            bitShift = Integer.numberOfLeadingZeros(bitCount - 1);
            for (int i = 0; i < v.terms.length; i++) {
                int bit = bit(v.hashes[i]);
                bits[bit >>> 6] |= 1L << bit;
                int slot = slot(v.hashes[i]);
                while (hashes[slot] != empty) slot = (slot + 1) & mask;
                hashes[slot] = v.hashes[i];
                terms[slot] = v.terms[i];
                weights[slot] = v.weights[i];
            }
        }

        /** The smallest int from Integer.MIN_VALUE up that is none of the (sorted) hash codes. */
        private static int unused(int[] sortedHashes) {
            int candidate = Integer.MIN_VALUE;
            for (int h : sortedHashes) {
                if (h == candidate) candidate++;
                else if (h > candidate) break;
            }
            return candidate;
        }

        private int bit(int hash) {
            return (hash * 0x85EBCA6B) >>> bitShift;
        }

        private int slot(int hash) {
            // String hash codes of short words crowd the low bits: take the high bits of a multiplicative mix
            return (hash * 0x9E3779B1) >>> shift;
        }

        /** The term's weight, or -1 when the vector lacks it (weights are positive). */
        double weightOf(String term) {
            int h = term.hashCode();
            for (int slot = slot(h), k; (k = hashes[slot]) != empty; slot = (slot + 1) & mask) {
                if (k == h && terms[slot].equals(term)) return weights[slot];
            }
            return -1;
        }

        /** The same value as the probed vector's {@link SparseVector#dot} with {@code other}. */
        double dot(SparseVector other) {
            double dot = 0;
            int[] otherHashes = other.hashes;
            for (int j = 0; j < otherHashes.length; j++) {
                int h = otherHashes[j];
                int bit = bit(h);
                if ((bits[bit >>> 6] & 1L << bit) == 0) continue;
                for (int slot = slot(h), k; (k = hashes[slot]) != empty; slot = (slot + 1) & mask) {
                    if (k == h && (terms[slot] == other.terms[j] || terms[slot].equals(other.terms[j]))) {
                        dot += weights[slot] * other.weights[j];
                        break;
                    }
                }
            }
            return Math.min(1, dot);
        }
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
