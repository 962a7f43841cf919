package org.wirewatch.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.DocIdSetBuilder;

/**
 * About one hit in k of a search, picked by a hash of the document number (not every k-th: articles
 * stored in a repeating pattern would all land on one phase), for counting facets over a result too large to count whole:
 * counting walks every facet value of every hit (some twenty entities an article), which made the
 * slowest searches slow (a name matching a tenth of the index). The same query over the same
 * commit gives the same sample, so its counts do not change between pages.
 */
final class FacetSample extends FacetsCollector {
    private final List<MatchingDocs> sampled;
    private final long size;

    private FacetSample(List<MatchingDocs> sampled, long size) {
        this.sampled = sampled;
        this.size = size;
    }

    /** About {@code wanted} of the {@code total} hits of {@code all}: those whose document number hashes to 0 modulo {@code ceil(total / wanted)}. */
    static FacetSample of(FacetsCollector all, long total, int wanted) throws IOException {
        long every = (total + wanted - 1) / wanted;
        List<MatchingDocs> out = new ArrayList<>();
        long kept = 0;
        for (MatchingDocs m : all.getMatchingDocs()) {
            int[] docs = new int[16];
            int here = 0;
            DocIdSetIterator it = m.bits.iterator();
            if (it != null) {
                for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                    if (Long.remainderUnsigned(mix(m.context.docBase + doc), every) != 0) continue;
                    if (here == docs.length) docs = java.util.Arrays.copyOf(docs, here * 2);
                    docs[here++] = doc;
                }
            }
            // the builder takes exactly as many documents as it was grown for
            DocIdSetBuilder builder = new DocIdSetBuilder(m.context.reader().maxDoc());
            DocIdSetBuilder.BulkAdder adder = builder.grow(Math.max(1, here));
            for (int i = 0; i < here; i++) adder.add(docs[i]);
            out.add(new MatchingDocs(m.context, builder.build(), here, null));
            kept += here;
        }
        return new FacetSample(out, kept);
    }

    /** MurmurHash3's 64-bit finaliser: neighbouring numbers spread over the whole range. */
    private static long mix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        return k ^ (k >>> 33);
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
