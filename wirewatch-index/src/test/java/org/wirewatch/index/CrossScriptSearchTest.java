package org.wirewatch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewatch.core.model.Article;

/** One query in any script: a name finds the articles that mention it in every language (written fixtures, real index). */
class CrossScriptSearchTest {
    private static final Set<String> BRUSSELS = Set.of("brussels-en", "brussels-ru", "brussels-uk");

    @TempDir
    static Path data;
    static WirewatchIndex index;

    @BeforeAll
    static void ingest() throws IOException {
        List<Article> corpus = new ArrayList<>(FixtureCorpus.analysed());
        corpus.addAll(FixtureCorpus.analysed("/fixtures/names.jsonl"));
        index = WirewatchIndex.open(data, FixtureCorpus.KB);
        for (Article a : corpus) index.add(a);
        index.commit();
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    private static Set<String> ids(SearchRequest request) throws IOException {
        return index.search(request.page(0, 50)).hits().stream().map(h -> h.article().id()).collect(Collectors.toSet());
    }

    @Test
    void a_name_in_any_script_or_inflection_finds_the_same_articles() throws IOException {
        for (String q : List.of("Blinken", "Блинкен", "Блінкен", "Блинкена", "blinken")) {
            assertEquals(BRUSSELS, ids(SearchRequest.of(q)), q);
        }
    }

    @Test
    void a_full_name_typed_as_words_is_also_tried_as_one_name() throws IOException {
        assertEquals(BRUSSELS, ids(SearchRequest.of("Antony Blinken")));
        assertEquals(BRUSSELS, ids(SearchRequest.of("\"Энтони Блинкен\"")));
    }

    @Test
    void names_the_knowledge_base_does_not_know_meet_through_their_keys_both_ways() throws IOException {
        assertEquals(Set.of("dam-en", "dam-uk"), ids(SearchRequest.of("Syrotiuk")));
        assertEquals(Set.of("dam-en", "dam-uk"), ids(SearchRequest.of("Сиротюк")));
    }

    @Test
    void each_hit_says_whether_its_text_or_an_entity_matched() throws IOException {
        SearchResult result = index.search(SearchRequest.of("Blinken").page(0, 10));
        for (SearchResult.Hit h : result.hits()) {
            List<String> by = h.matched().stream().map(SearchResult.Match::by).toList();
            if (h.article().lang().equals("en")) assertTrue(by.contains("text"), h.article().id() + " " + h.matched());
            else assertFalse(by.contains("text"), h.article().id() + " " + h.matched());
            SearchResult.Match entity = h.matched().stream().filter(m -> m.by().equals("entity")).findFirst().orElseThrow();
            assertEquals("Antony Blinken", entity.name());
            assertFalse(h.snippets().isEmpty(), "a hit matched by its entity shows the passage naming it: " + h.article().id());
        }
        SearchResult.Hit ru = result.hits().stream().filter(h -> h.article().id().equals("brussels-ru")).findFirst().orElseThrow();
        SearchResult.Snippet s = ru.snippets().get(0);
        assertTrue(s.text().substring(s.matches().get(0).start(), s.matches().get(0).end()).startsWith("Блинкен"), s.toString());
    }

    @Test
    void free_words_stay_in_their_language() throws IOException {
        assertEquals(Set.of("grain-en", "festival-en"), ids(SearchRequest.of("grain exports")));
        assertEquals(Set.of("dam-en"), ids(SearchRequest.of("dam")));
    }

    @Test
    void expansion_can_be_turned_off() throws IOException {
        assertEquals(Set.of("brussels-en"), ids(SearchRequest.of("Blinken").withExpand(false)));
        assertEquals(Set.of("dam-uk"), ids(SearchRequest.of("Сиротюк").withExpand(false)));
        assertTrue(index.search(SearchRequest.of("Blinken").withExpand(false)).hits().get(0).matched().isEmpty());
    }
}
