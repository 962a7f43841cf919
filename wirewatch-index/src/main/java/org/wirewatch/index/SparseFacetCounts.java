package org.wirewatch.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.LongValues;

/**
 * Facet counts over a few thousand hits whose cost follows the hits, not the index: each hit's
 * values are looked up as the index's global ordinals and counted in a hash table, and a
 * dimension's top values are picked among those counted. Lucene's {@code SortedSetDocValuesFacetCounts}
 * allocates the whole ordinal space, counts each segment into an array of all its ordinals and walks
 * a dimension's whole range for its top values: the {@code story} dimension has one value per story,
 * so at a million articles that walk was most of a search's facet cost. The counts and their order
 * (most first, then by value) are Lucene's.
 */
final class SparseFacetCounts {
    private final SortedSetDocValuesReaderState state;
    private final OrdinalCounts counts = new OrdinalCounts();

    private SparseFacetCounts(SortedSetDocValuesReaderState state) {
        this.state = state;
    }

    /** Whether {@code hits} are few enough beside the index's values for counting them here to be the cheaper way. */
    static boolean suits(SortedSetDocValuesReaderState state, long hits) {
        return hits * 8 < state.getSize();
    }

    /** Counts the facet values of every hit of {@code hits} (live documents only, as {@link FacetSample} gives them). */
    static SparseFacetCounts of(SortedSetDocValuesReaderState state, List<FacetsCollector.MatchingDocs> hits) throws IOException {
        SparseFacetCounts out = new SparseFacetCounts(state);
        // the global ordinals of a segment's values: the state's view of the whole index keeps the map (none for one segment)
        OrdinalMap map = state.getDocValues() instanceof MultiDocValues.MultiSortedSetDocValues multi ? multi.mapping : null;
        for (FacetsCollector.MatchingDocs segment : hits) {
            if (segment.totalHits == 0) continue;
            DocIdSetIterator docs = segment.bits.iterator();
            if (docs == null) continue;
            SortedSetDocValues values = DocValues.getSortedSet(segment.context.reader(), state.getField());
            LongValues global = map == null ? LongValues.IDENTITY : map.getGlobalOrds(segment.context.ord);
            // counted by the segment's own ordinals first: each distinct value is mapped to its global ordinal once, not once a hit
            OrdinalCounts local = new OrdinalCounts();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (!values.advanceExact(doc)) continue;
                for (int i = 0, n = values.docValueCount(); i < n; i++) local.add(values.nextOrd(), 1);
            }
            local.forEach((ord, count) -> out.counts.add(global.get(ord), count));
        }
        return out;
    }

    /** The {@code top} values of each dimension (an empty list for one no hit has), counts multiplied by {@code scale} and rounded. */
    Map<String, List<SearchResult.FacetCount>> top(List<String> dims, int top, double scale) throws IOException {
        Map<String, List<SearchResult.FacetCount>> out = new LinkedHashMap<>();
        for (String dim : dims) {
            SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(dim);
            List<long[]> counted = range == null ? new ArrayList<>() : counts.within(range.start, range.end);
            counted.sort((a, b) -> a[1] != b[1] ? Long.compare(b[1], a[1]) : Long.compare(a[0], b[0]));
            List<SearchResult.FacetCount> values = new ArrayList<>();
            SortedSetDocValues labels = state.getDocValues();
            for (long[] c : counted.subList(0, Math.min(top, counted.size()))) {
                String[] path = FacetsConfig.stringToPath(labels.lookupOrd(c[0]).utf8ToString());
                values.add(new SearchResult.FacetCount(path[path.length - 1], Math.round(c[1] * scale)));
            }
            out.put(dim, values);
        }
        return out;
    }

    /** Counts by ordinal in an open-addressing table (ordinals are never negative, so -1 marks a free slot). */
    private static final class OrdinalCounts {
        private long[] keys = free(1 << 10);
        private int[] values = new int[keys.length];
        private int size;

        void add(long ord, int count) {
            if (2 * (size + 1) > keys.length) grow();
            int slot = slot(keys, ord);
            if (keys[slot] == -1) {
                keys[slot] = ord;
                size++;
            }
            values[slot] += count;
        }

        /** Each counted ordinal with its count, in no order. */
        void forEach(Counted each) {
            for (int i = 0; i < keys.length; i++) if (keys[i] != -1) each.accept(keys[i], values[i]);
        }

        @FunctionalInterface
        interface Counted {
            void accept(long ord, int count);
        }

        /** {ordinal, count} of each counted ordinal from {@code from} to {@code to}, inclusive, in no order. */
        List<long[]> within(long from, long to) {
            List<long[]> out = new ArrayList<>();
            for (int i = 0; i < keys.length; i++) if (keys[i] >= from && keys[i] <= to) out.add(new long[] {keys[i], values[i]});
            return out;
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldValues = values;
            keys = free(oldKeys.length * 2);
            values = new int[keys.length];
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] == -1) continue;
                int slot = slot(keys, oldKeys[i]);
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
            }
        }

        private static int slot(long[] keys, long ord) {
            int mask = keys.length - 1;
            int slot = (int) (mix(ord) & mask);
            while (keys[slot] != -1 && keys[slot] != ord) slot = (slot + 1) & mask;
            return slot;
        }

        private static long[] free(int n) {
            long[] keys = new long[n];
            java.util.Arrays.fill(keys, -1);
            return keys;
        }

        /** Neighbouring ordinals (a story's, an entity's) spread over the table. */
        private static long mix(long k) {
            k *= 0x9E3779B97F4A7C15L;
            return k ^ (k >>> 29);
        }
    }
}
