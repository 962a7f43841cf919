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
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewatch.core.model.Article;

/** Facets of a large result counted over about one hit in k, spread whatever the order articles were stored in: a bounded sample whose scaled counts stay close to the exact ones. */
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
    void every_kth_hit_is_counted_and_scaled_counts_stay_close() throws IOException {
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
            Weight all = searcher.createWeight(searcher.rewrite(SummaryDocs.articlesOnly()), ScoreMode.COMPLETE_NO_SCORES, 1);
            assertEquals(600, FacetSample.count(all, reader.leaves()));
            assertEquals(600, FacetSample.all(all, reader.leaves()).size());
            FacetSample sample = FacetSample.of(all, reader.leaves(), 600, 100);
            assertTrue(sample.size() > 60 && sample.size() < 140, "about one in 6 of 600: " + sample.size());
            var counts = new SortedSetDocValuesFacetCounts(new DefaultSortedSetDocValuesReaderState(reader, ArticleDocuments.facetsConfig()), sample);
            var lang = counts.getTopChildren(10, "lang");
            long en = Math.round(lang.labelValues[0].value.longValue() * 600.0 / sample.size());
            assertEquals("en", lang.labelValues[0].label);
            assertTrue(Math.abs(en - 450) <= 60, "scaled English count near 450: " + en);
            assertEquals(sample.size(), FacetSample.of(all, reader.leaves(), 600, 100).size(), "the same hits give the same sample");
            for (int wanted = 1; wanted <= 600; wanted += 7) {
                // whatever share is asked for, a segment may get more sampled hits than its share
                FacetSample any = FacetSample.of(all, reader.leaves(), 600, wanted);
                assertTrue(any.size() <= 600);
            }
        }
    }
}
