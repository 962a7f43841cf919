package org.wirewatch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewatch.core.model.Article;

/**
 * A search matching a few articles of an index with many stories: its facets (the story dimension
 * included) are counted over its hits only, with the same counts and order as Lucene's own counting.
 */
class SparseFacetCountsTest {
    @TempDir
    Path data;

    @Test
    void a_few_hits_among_many_stories_give_lucenes_counts_in_lucenes_order() throws IOException {
        try (WirewatchIndex index = WirewatchIndex.open(data, FixtureCorpus.KB)) {
            for (int i = 0; i < 400; i++) {
                if (i % 90 == 89) index.commit(); // several segments
                String text = (i % 13 == 0 ? "harbour cranes stopped " : "quiet day ") + "report " + i;
                // every article a story of its own but for two stories the harbour reports share
                String story = i % 13 == 0 && i < 39 ? "cranes" : i % 13 == 0 && i < 65 ? "strike" : "story-" + i;
                index.add(Article.builder("a" + i, text).lang(i % 3 == 0 ? "uk" : "en").source("wire " + (i % 5)).story(story).build());
            }
            index.commit();
            SearchResult r = index.search(SearchRequest.of("harbour").page(0, 10));
            assertEquals(31, r.total());
            assertFalse(r.facetsEstimated());
            List<SearchResult.FacetCount> stories = r.facets().get("story");
            assertEquals(new SearchResult.FacetCount("cranes", 3), stories.get(0));
            assertEquals(new SearchResult.FacetCount("strike", 2), stories.get(1));
            assertEquals(20, stories.size(), "the top 20 of 28 stories");
            assertEquals(new SearchResult.FacetCount("story-104", 1), stories.get(2), "ties in order of value, as Lucene gives them");
            try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(data.resolve("index")))) {
                DefaultSortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader, ArticleDocuments.facetsConfig());
                assertTrue(SparseFacetCounts.suits(state, r.total()), "31 hits among " + state.getSize() + " values are counted sparsely");
                IndexSearcher searcher = new IndexSearcher(reader);
                List<org.apache.lucene.util.BytesRef> ids = new ArrayList<>();
                for (int i = 0; i < 400; i += 13) ids.add(new org.apache.lucene.util.BytesRef("a" + i));
                org.apache.lucene.facet.FacetsCollector harbour = new org.apache.lucene.facet.FacetsCollector();
                searcher.search(new TermInSetQuery(IndexFields.ID, ids), harbour);
                var lucene = new SortedSetDocValuesFacetCounts(state, harbour);
                for (String dim : WirewatchIndex.FACETS) {
                    FacetResult expected = state.getOrdRange(dim) == null ? null : lucene.getTopChildren(20, dim);
                    List<SearchResult.FacetCount> want = new ArrayList<>();
                    if (expected != null) for (LabelAndValue lv : expected.labelValues) want.add(new SearchResult.FacetCount(lv.label, lv.value.longValue()));
                    assertEquals(want, r.facets().get(dim), dim);
                }
            }
        }
    }
}
