package org.wirewatch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewatch.core.model.Article;

class WirewatchIndexTest {
    @TempDir
    static Path data;
    static List<Article> corpus;
    static WirewatchIndex index;

    @BeforeAll
    static void ingest() throws IOException {
        corpus = FixtureCorpus.analysed();
        index = WirewatchIndex.open(data, FixtureCorpus.KB);
        for (Article a : corpus) assertEquals(WirewatchIndex.Added.ADDED, index.add(a));
        assertEquals(corpus.size(), index.commit());
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    private static Set<String> ids(SearchRequest request) throws IOException {
        return index.search(request.page(0, 50)).hits().stream().map(h -> h.article().id()).collect(Collectors.toSet());
    }

    @Test
    void an_inflected_russian_name_finds_the_article_naming_it_otherwise() throws IOException {
        assertTrue(ids(SearchRequest.of("Блинкена")).contains("brussels-ru"));
    }

    @Test
    void an_inflected_ukrainian_word_finds_its_other_forms() throws IOException {
        // the article says "з Одеси" and "Одеси"; the query names the city in the nominative
        assertEquals(Set.of("grain-uk"), ids(SearchRequest.of("Одеса").withLang("uk")));
    }

    @Test
    void an_entity_named_in_english_finds_articles_in_every_language() throws IOException {
        assertEquals(Set.of("brussels-en", "brussels-ru", "brussels-uk"), ids(SearchRequest.all().withEntity("Blinken")));
        assertEquals(Set.of("brussels-en", "brussels-ru", "brussels-uk"), ids(SearchRequest.all().withEntity("Блінкен")));
    }

    @Test
    void a_phrase_matches_only_words_in_that_order() throws IOException {
        assertEquals(Set.of("grain-en"), ids(SearchRequest.of("\"grain exports\"")));
        assertEquals(Set.of("grain-en", "festival-en"), ids(SearchRequest.of("grain exports")));
    }

    @Test
    void boolean_operators_combine_words() throws IOException {
        assertEquals(Set.of("festival-en"), ids(SearchRequest.of("exports NOT Odesa").withLang("en")));
        assertEquals(Set.of("festival-en", "defaced-en"), ids(SearchRequest.of("Varna OR hackers")));
    }

    @Test
    void a_date_range_keeps_articles_published_within_it() throws IOException {
        Set<String> found = ids(SearchRequest.all().withDates(LocalDate.of(2024, 11, 10), LocalDate.of(2024, 11, 13)));
        assertEquals(Set.of("brussels-en", "brussels-ru", "brussels-uk", "defaced-en"), found);
    }

    @Test
    void facets_count_matches_by_language_source_entity_and_story() throws IOException {
        SearchResult r = index.search(SearchRequest.all());
        assertEquals(corpus.size(), r.total());
        assertEquals(List.of(new SearchResult.FacetCount("en", 4), new SearchResult.FacetCount("uk", 2), new SearchResult.FacetCount("ru", 1)),
                r.facets().get("lang"));
        assertTrue(r.facets().get("story").contains(new SearchResult.FacetCount("brussels", 3)));
        assertTrue(r.facets().get("source").contains(new SearchResult.FacetCount("Harbour Post", 2)));
        assertTrue(r.facets().get("entity").contains(new SearchResult.FacetCount("ww:blinken", 3)), r.facets().get("entity").toString());
    }

    @Test
    void the_stories_of_matching_articles_come_from_the_index_newest_first() throws IOException {
        for (SearchRequest filter : List.of(SearchRequest.all(), SearchRequest.all().withLang("en"), SearchRequest.of("exports"))) {
            Set<String> fromDigests = new java.util.TreeSet<>();
            index.forEachDigest(filter, d -> fromDigests.add(d.story() == null ? d.id() : d.story()));
            Set<String> fromIndex = new java.util.TreeSet<>();
            index.forEachStoryId(filter, fromIndex::add);
            assertEquals(fromDigests, fromIndex, filter.toString());
            List<String> newest = index.storiesNewestFirst(filter, 100);
            assertEquals(fromDigests, new java.util.TreeSet<>(newest), filter.toString());
            assertEquals(newest.subList(0, 1), index.storiesNewestFirst(filter, 1));
        }
    }

    @Test
    void the_category_facet_counts_articles_in_each_category_and_filters_by_it() throws IOException {
        Map<String, Set<String>> byCategory = new java.util.TreeMap<>();
        for (Article a : corpus) for (org.wirewatch.core.model.Category c : a.categories()) {
            byCategory.computeIfAbsent(c.id(), k -> new java.util.TreeSet<>()).add(a.id());
        }
        assertFalse(byCategory.isEmpty(), "the fixture corpus should reach some category");
        SearchResult r = index.search(SearchRequest.all());
        for (Map.Entry<String, Set<String>> e : byCategory.entrySet()) {
            assertTrue(r.facets().get("category").contains(new SearchResult.FacetCount(e.getKey(), e.getValue().size())), r.facets().toString());
            assertEquals(e.getValue(), ids(SearchRequest.all().withCategory(e.getKey())));
        }
        assertEquals(Set.of(), ids(SearchRequest.all().withCategory("no-such-category")));
    }

    @Test
    void the_event_type_facet_counts_articles_telling_of_each_type_and_filters_by_it() throws IOException {
        // the three Brussels articles each tell of the Blinken–Sybiha meeting; nothing else in the corpus is an event
        SearchResult r = index.search(SearchRequest.all());
        assertEquals(List.of(new SearchResult.FacetCount("MEET", 3)), r.facets().get("event_type"));
        assertEquals(Set.of("brussels-en", "brussels-ru", "brussels-uk"), ids(SearchRequest.all().withEventType("meet")));
        assertEquals(Set.of(), ids(SearchRequest.all().withEventType("ATTACK")));
        assertEquals(Set.of("brussels-ru"), ids(SearchRequest.all().withEventType("MEET").withLang("ru")));
    }

    private static Set<String> corpusIds(java.util.function.DoublePredicate tone) {
        return corpus.stream().filter(a -> a.tone() != null && tone.test(a.tone().tone())).map(Article::id).collect(Collectors.toSet());
    }

    @Test
    void gdelt_tone_operators_filter_by_tone_and_its_absolute_value() throws IOException {
        Set<String> above = corpusIds(t -> t > 4);
        Set<String> below = corpusIds(t -> t < 4);
        assertFalse(above.isEmpty() || below.isEmpty(), "the corpus has articles on both sides of 4");
        assertEquals(above, ids(SearchRequest.of("tone>4")));
        assertEquals(below, ids(SearchRequest.of("TONE<4")));
        assertEquals(corpusIds(t -> Math.abs(t) < 3), ids(SearchRequest.of("toneabs<3")));
        assertEquals(Set.of(), ids(SearchRequest.of("tone>4 tone<4")));
    }

    @Test
    void tone_operators_combine_with_words_and_sort_by_tone() throws IOException {
        Set<String> expected = ids(SearchRequest.of("Brussels"));
        expected.retainAll(corpusIds(t -> t < 4));
        assertFalse(expected.isEmpty());
        assertEquals(expected, ids(SearchRequest.of("Brussels tone<4")));
        List<Double> tones = index.search(SearchRequest.of("sort:tonedesc tone>-1000").page(0, 50)).hits().stream()
                .map(h -> h.article().tone().tone()).toList();
        assertEquals(corpusIds(t -> true).size(), tones.size());
        for (int i = 1; i < tones.size(); i++) assertTrue(tones.get(i - 1) >= tones.get(i), tones.toString());
        List<Double> ascending = index.search(SearchRequest.of("sort:toneasc tone>-1000").page(0, 50)).hits().stream()
                .map(h -> h.article().tone().tone()).toList();
        List<Double> reversed = new java.util.ArrayList<>(tones);
        java.util.Collections.reverse(reversed);
        assertEquals(reversed, ascending);
    }

    @Test
    void highlights_mark_the_matched_words_in_the_passage() throws IOException {
        SearchResult.Hit hit = index.search(SearchRequest.of("Блинкена")).hits().get(0);
        SearchResult.Snippet snippet = hit.snippets().get(0);
        SearchResult.Span first = snippet.matches().get(0);
        assertTrue(snippet.text().substring(first.start(), first.end()).startsWith("Блинкен"), snippet.toString());
        assertEquals(snippet.text(), hit.article().text().substring(snippet.start(), snippet.end()));
    }

    @Test
    void without_query_words_the_newest_come_first() throws IOException {
        List<SearchResult.Hit> hits = index.search(SearchRequest.all().page(0, 3)).hits();
        assertEquals("brussels-uk", hits.get(0).article().id());
        assertEquals("festival-en", index.search(SearchRequest.all().page(6, 1)).hits().get(0).article().id());
    }

    @Test
    void a_stored_article_reads_back_as_it_was_written() throws IOException {
        for (Article a : corpus) assertEquals(a, index.get(a.id()).orElseThrow());
        assertTrue(index.get("no-such-article").isEmpty());
    }

    @Test
    void adding_the_same_article_again_changes_nothing() throws IOException {
        Article known = corpus.get(0);
        assertEquals(WirewatchIndex.Added.UNCHANGED, index.add(known));
        Article sameTextOtherId = known.toBuilder().id("copy-of-" + known.id()).build();
        assertEquals(WirewatchIndex.Added.UNCHANGED, index.add(sameTextOtherId));
        assertEquals(corpus.size(), index.commit());
    }

    @Test
    void a_query_the_syntax_cannot_read_is_refused_with_the_query_named() {
        BadQueryException e = assertThrows(BadQueryException.class, () -> index.search(SearchRequest.of("\"unclosed phrase")));
        assertTrue(e.getMessage().contains("\"unclosed phrase"), e.getMessage());
    }

    @Test
    void paging_beyond_the_result_window_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> SearchRequest.all().page(SearchRequest.MAX_WINDOW, 1));
    }

    @Test
    void a_read_only_index_sees_the_committed_articles() throws IOException {
        try (WirewatchIndex reader = WirewatchIndex.openReadOnly(data, FixtureCorpus.KB)) {
            assertEquals(corpus.size(), reader.size());
            assertFalse(reader.search(SearchRequest.of("Varna")).hits().isEmpty());
            assertThrows(IllegalStateException.class, () -> reader.add(corpus.get(0)));
        }
    }

    @Test
    void a_second_writer_is_refused_with_a_clear_message() {
        IOException e = assertThrows(IOException.class, () -> WirewatchIndex.open(data, FixtureCorpus.KB));
        assertTrue(e.getMessage().contains("open for writing in another process"), e.getMessage());
    }
}
