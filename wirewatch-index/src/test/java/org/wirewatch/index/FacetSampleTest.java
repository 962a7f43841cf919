package org.wirewatch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewatch.core.model.Article;

/** Facets of a large result counted over a hashed sample of the hits, spread whatever the order articles were stored in, gathered in the pass that collects the page: a bounded sample whose scaled counts stay close to the exact ones, and an exact total. */
class FacetSampleTest {
    @TempDir
    Path data;

    @Test
    void totals_are_exact_below_and_past_the_thousand_hits_the_page_counts_itself() throws IOException {
        try (WirewatchIndex index = WirewatchIndex.open(data, FixtureCorpus.KB)) {
            for (int i = 0; i < 2_500; i++) {
                if (i % 700 == 699) index.commit(); // several segments
                index.add(Article.builder("t" + i, (i % 2 == 0 ? "even " : "odd ") + "count text " + i).lang("en").build());
            }
            index.commit();
            assertEquals(2_500, index.search(SearchRequest.of("count").page(0, 10)).total());
            assertEquals(1_250, index.search(SearchRequest.of("even").page(0, 10)).total());
            assertEquals(1, index.search(SearchRequest.of("even count 1234").page(0, 10)).total());
        }
    }

    @Test
    void a_sample_of_the_hits_is_counted_and_scaled_counts_stay_close() throws IOException {
        try (WirewatchIndex index = WirewatchIndex.open(data, FixtureCorpus.KB)) {
            for (int i = 0; i < 600; i++) {
                if (i % 150 == 149) index.commit(); // several segments
                // three in four English, one in four Russian: a pattern a sample of every k-th hit would alias with
                index.add(Article.builder("s" + i, "sample text number " + i).lang(i % 4 == 3 ? "ru" : "en").source("wire").build());
            }
            index.commit();
            SearchResult small = index.search(SearchRequest.of("sample"));
            assertFalse(small.facetsEstimated(), "600 matches are counted whole");
            assertEquals(List.of(new SearchResult.FacetCount("en", 450), new SearchResult.FacetCount("ru", 150)), small.facets().get("lang"));
        }
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(data.resolve("index")))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            OnePassCollector whole = collect(searcher, 0);
            assertEquals(600, whole.total());
            assertEquals(600, whole.facetHits().size());
            assertFalse(whole.sampled());
            OnePassCollector pass = collect(searcher, 100);
            assertEquals(600, pass.total(), "the total stays exact");
            FacetSample sample = pass.facetHits();
            assertTrue(pass.sampled());
            assertTrue(sample.size() >= 40 && sample.size() <= 150, "about 100 of 600, at most one and a half times that: " + sample.size());
            var counts = new SortedSetDocValuesFacetCounts(new DefaultSortedSetDocValuesReaderState(reader, ArticleDocuments.facetsConfig()), sample);
            var lang = counts.getTopChildren(10, "lang");
            long en = Math.round(lang.labelValues[0].value.longValue() * 600.0 / sample.size());
            assertEquals("en", lang.labelValues[0].label);
            assertTrue(Math.abs(en - 450) <= 75, "scaled English count near 450: " + en);
            assertEquals(sample.size(), collect(searcher, 100).facetHits().size(), "the same hits give the same sample");
            for (int wanted = 1; wanted <= 600; wanted += 7) {
                OnePassCollector any = collect(searcher, wanted);
                assertEquals(600, any.total());
                // whole stretches are dropped until it is so (a stretch is never split)
                assertTrue(any.facetHits().size() <= Math.max(FacetSample.STRETCH, wanted + wanted / 2), wanted + ": " + any.facetHits().size());
            }
        }
    }

    /** One pass over every article, counting facets over about {@code wanted} of them (0: all). */
    private static OnePassCollector collect(IndexSearcher searcher, int wanted) throws IOException {
        OnePassCollector pass = new OnePassCollector(new TopScoreDocCollectorManager(10, null, Integer.MAX_VALUE).newCollector(), wanted);
        searcher.search(SummaryDocs.articlesOnly(), pass);
        return pass;
    }
}
