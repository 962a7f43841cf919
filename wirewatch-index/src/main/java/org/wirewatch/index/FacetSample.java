package org.wirewatch.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.DocIdSetBuilder;

/**
 * The hits a search counts its facets over: all of them, or for a result too large to count whole,
 * those in about one stretch of {@link #STRETCH} documents in k, one stretch picked by a hash in each
 * run of k (not every k-th: articles stored in a repeating pattern would all land on one phase).
 * Only the picked stretches are read (the others are skipped over in the postings), so the sample
 * costs about the same however many articles match; counting every facet value of every hit (some
 * twenty entities an article) made the slowest searches slow. The same query over the same commit
 * gives the same sample, so its counts do not change between pages.
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

    /** Live documents {@code weight} matches (an unscored weight): per segment from its statistics where it can, else counted in bulk. */
    static long count(Weight weight, List<LeafReaderContext> leaves) throws IOException {
        long[] total = {0};
        LeafCollector counter = new LeafCollector() {
            @Override
            public void setScorer(Scorable scorer) {}

            @Override
            public void collect(int doc) {
                total[0]++;
            }
        };
        for (LeafReaderContext leaf : leaves) {
            int known = weight.count(leaf);
            if (known >= 0) {
                total[0] += known;
                continue;
            }
            BulkScorer bulk = weight.bulkScorer(leaf);
            if (bulk != null) bulk.score(counter, leaf.reader().getLiveDocs());
        }
        return total[0];
    }

    /** Every live hit of {@code weight} (an unscored weight): facets counted whole. */
    static FacetSample all(Weight weight, List<LeafReaderContext> leaves) throws IOException {
        return of(weight, leaves, 1, 1);
    }

    /** About {@code wanted} of the {@code total} live hits of {@code weight}: the hits in one stretch in each run of {@code ceil(total / wanted)}. */
    static FacetSample of(Weight weight, List<LeafReaderContext> leaves, long total, int wanted) throws IOException {
        long every = Math.max(1, (total + Math.max(1, wanted) - 1) / Math.max(1, wanted));
        List<MatchingDocs> out = new ArrayList<>();
        long kept = 0;
        for (LeafReaderContext leaf : leaves) {
            Scorer scorer = weight.scorer(leaf);
            int[] docs = scorer == null ? new int[0] : hits(leaf, scorer.iterator(), every);
            // the builder takes exactly as many documents as it was grown for
            DocIdSetBuilder builder = new DocIdSetBuilder(leaf.reader().maxDoc());
            DocIdSetBuilder.BulkAdder adder = builder.grow(Math.max(1, docs.length));
            for (int doc : docs) adder.add(doc);
            out.add(new MatchingDocs(leaf, builder.build(), docs.length, null));
            kept += docs.length;
        }
        return new FacetSample(out, kept);
    }

    /** The live hits of one segment in its picked stretches (all of them when {@code every} is 1), in order. */
    private static int[] hits(LeafReaderContext leaf, DocIdSetIterator it, long every) throws IOException {
        Bits live = leaf.reader().getLiveDocs();
        int maxDoc = leaf.reader().maxDoc();
        int[] docs = new int[16];
        int n = 0;
        long runs = every == 1 ? 1 : ((long) maxDoc + STRETCH * every - 1) / (STRETCH * every);
        for (long run = 0; run < runs; run++) {
            long from = every == 1 ? 0 : (run * every + Long.remainderUnsigned(mix(((long) leaf.ord << 40) ^ run), every)) * STRETCH;
            long to = every == 1 ? maxDoc : Math.min(maxDoc, from + STRETCH);
            if (from >= maxDoc) break;
            int doc = it.docID() >= from ? it.docID() : it.advance((int) from);
            for (; doc < to; doc = it.nextDoc()) {
                if (live != null && !live.get(doc)) continue;
                if (n == docs.length) docs = java.util.Arrays.copyOf(docs, n * 2);
                docs[n++] = doc;
            }
            if (doc == DocIdSetIterator.NO_MORE_DOCS) break;
        }
        return java.util.Arrays.copyOf(docs, n);
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
            while (wanted > 0 && kept > wanted + wanted / 2) thin();
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
            return (mix(((long) leaf << 40) ^ stretch) & ((1L << level) - 1)) == 0;
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
