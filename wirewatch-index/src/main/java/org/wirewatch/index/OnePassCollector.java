package org.wirewatch.index;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopDocsCollector;

/**
 * A search's page, its exact total and the hits its facets are counted over, in one pass over its
 * matches. Reading the matches three times (the page, an unscored count, then the facet sample) was
 * most of a search's CPU at a million articles whenever the total had to be counted match by match;
 * one pass scores every match instead of skipping those that cannot make the page: the broad
 * searches of the tail get cheaper, a single word's median search a little dearer (BENCHMARKS.md).
 * Not thread-safe: one per search, on the searching thread.
 */
final class OnePassCollector implements Collector {
    private final TopDocsCollector<?> page;
    private final FacetSample.Gatherer facetHits;
    private long total;

    /**
     * @param page    collects the page; it must count every hit (no skipping), so that every match reaches this collector
     * @param sampled about how many hits to count facets over, or 0 for every hit
     */
    OnePassCollector(TopDocsCollector<?> page, int sampled) {
        this.page = page;
        this.facetHits = new FacetSample.Gatherer(sampled);
    }

    @Override
    public ScoreMode scoreMode() {
        return page.scoreMode();
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
        LeafCollector top = page.getLeafCollector(context);
        FacetSample.Gatherer.Segment kept = facetHits.segment(context);
        return new LeafCollector() {
            @Override
            public void setScorer(Scorable scorer) throws IOException {
                top.setScorer(scorer);
            }

            @Override
            public void collect(int doc) throws IOException {
                top.collect(doc);
                total++;
                kept.add(doc);
            }

            @Override
            public DocIdSetIterator competitiveIterator() {
                return null; // every match is counted: none may be skipped
            }

            @Override
            public void finish() throws IOException {
                top.finish();
            }
        };
    }

    TopDocs topDocs() {
        return page.topDocs();
    }

    /** Live matches: every one is collected (the searcher passes only live documents). */
    long total() {
        return total;
    }

    /** The hits to count facets over. */
    FacetSample facetHits() {
        return facetHits.sample();
    }

    /** Whether {@link #facetHits} is a sample of the matches rather than all of them. */
    boolean sampled() {
        return facetHits.sampled();
    }
}
