package org.wirewatch.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.util.DocIdSetBuilder;

/**
 * The hits a search counts its facets over: all of them, or for a result too large to count whole,
 * those in a sample of stretches of {@link #STRETCH} documents picked by a hash ({@link Gatherer}; not
 * every k-th: articles stored in a repeating pattern would all land on one phase). Counting every
 * facet value of every hit (some twenty entities an article) made the slowest searches slow; the
 * sample keeps that cost about the same however many articles match. The same query over the same
 * commit gives the same sample, so its counts do not change between pages.
 */
final class FacetSample extends FacetsCollector {
    /** Documents in a stretch: enough to take the hits of a whole run of neighbours, few enough to spread the sample. */
    static final int STRETCH = 16;

    private final List<MatchingDocs> sampled;
    private final long size;

    private FacetSample(List<MatchingDocs> sampled, long size) {
        this.sampled = sampled;
        this.size = size;
    }

    /** MurmurHash3's 64-bit finaliser: neighbouring numbers spread over the whole range. */
    private static long mix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        return k ^ (k >>> 33);
    }

    /**
     * Gathers the hits to count facets over while a search collects its page ({@link OnePassCollector}),
     * before the total is known: every hit at first, then, each time the kept hits pass twice the number
     * wanted, only those in the stretches whose hash has one more low bit zero (half as many stretches,
     * each kept or left as a whole, so the sample stays spread and each level's stretches include the
     * next one's). Over the same commit the same query keeps the same hits. Not thread-safe: one per search.
     */
    static final class Gatherer {
        /** A stretch is never split, so one of more hits than wanted could be halved forever: past this level (one stretch in 2^40) no more. */
        private static final int MAX_LEVEL = 40;

        private final int wanted;
        private final List<Segment> segments = new ArrayList<>();
        private int level;
        private long kept;
        private FacetSample done;

        /** {@code wanted}: about how many hits to keep; 0 keeps every hit. */
        Gatherer(int wanted) {
            this.wanted = wanted;
        }

        /** The hits of one segment, in order, as they are collected. */
        Segment segment(LeafReaderContext leaf) {
            Segment s = new Segment(leaf);
            segments.add(s);
            return s;
        }

        /** Whether the hits kept are a sample (some were left out), so counts over them are estimates. */
        boolean sampled() {
            sample();
            return level > 0;
        }

        /** The hits kept, a last halving or two bringing them to at most one and a half times the number wanted; once gathering is over. */
        FacetSample sample() {
            if (done != null) return done;
            while (wanted > 0 && kept > wanted + wanted / 2 && level < MAX_LEVEL) thin();
            List<MatchingDocs> out = new ArrayList<>();
            for (Segment s : segments) {
                DocIdSetBuilder builder = new DocIdSetBuilder(s.leaf.reader().maxDoc());
                DocIdSetBuilder.BulkAdder adder = builder.grow(Math.max(1, s.n));
                for (int i = 0; i < s.n; i++) adder.add(s.docs[i]);
                out.add(new MatchingDocs(s.leaf, builder.build(), s.n, null));
            }
            done = new FacetSample(out, kept);
            return done;
        }

        private void thin() {
            if (level == MAX_LEVEL) return;
            level++;
            kept = 0;
            for (Segment s : segments) {
                int n = 0;
                for (int i = 0; i < s.n; i++) if (keeps(s.leaf.ord, s.docs[i] / STRETCH, level)) s.docs[n++] = s.docs[i];
                s.n = n;
                s.stretch = -1;
                kept += n;
            }
        }

        private static boolean keeps(int leaf, long stretch, int level) {
            // the constant keeps the first stretch of the first segment (0, which the finaliser maps to 0) from being in every sample
            return (mix(((long) leaf << 40) ^ stretch ^ 0x9E3779B97F4A7C15L) & ((1L << level) - 1)) == 0;
        }

        /** One segment's kept hits. */
        final class Segment {
            private final LeafReaderContext leaf;
            private int[] docs = new int[16];
            private int n;
            private long stretch = -1;
            private boolean keeping;

            private Segment(LeafReaderContext leaf) {
                this.leaf = leaf;
            }

            /** A hit of this segment, in increasing order. */
            void add(int doc) {
                long at = doc / STRETCH;
                if (at != stretch) {
                    stretch = at;
                    keeping = level == 0 || keeps(leaf.ord, at, level);
                }
                if (!keeping) return;
                if (n == docs.length) docs = java.util.Arrays.copyOf(docs, n * 2);
                docs[n++] = doc;
                if (wanted > 0 && ++kept > 2L * wanted) thin();
                else if (wanted == 0) kept++;
            }
        }
    }

    /** Hits in the sample. */
    long size() {
        return size;
    }

    @Override
    public List<MatchingDocs> getMatchingDocs() {
        return sampled;
    }
}
