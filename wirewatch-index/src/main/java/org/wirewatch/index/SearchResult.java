package org.wirewatch.index;

import java.util.List;
import java.util.Map;
import org.wirewatch.core.model.Article;

/**
 * What a search found: the total count, one page of hits, and facet counts (language, source,
 * entity, story, event type → the most frequent values among all matches).
 *
 * @param facetsEstimated the facet counts were counted over a sample of the matches and scaled up
 *                        (a search with query words matching more than 3,000 articles); exact otherwise
 */
public record SearchResult(long total, List<Hit> hits, Map<String, List<FacetCount>> facets, boolean facetsEstimated) {

    /**
     * One matching article with its score (NaN when sorted by date), highlighted passages, and why it
     * matched: the query's text, or an entity a query word named (in another script or language).
     */
    public record Hit(Article article, float score, List<Snippet> snippets, List<Match> matched) {
        public Hit {
            snippets = List.copyOf(snippets);
            matched = List.copyOf(matched);
        }

        /** Without match reasons (a listing by filters alone). */
        public Hit(Article article, float score, List<Snippet> snippets) {
            this(article, score, snippets, List.of());
        }
    }

    /**
     * Why a hit matched: {@code by} is {@code "text"} (its words, in its language) or {@code "entity"}
     * (it mentions the entity a query word or phrase names, {@code query}: the id where the knowledge
     * base knows it, {@code name} its display name).
     */
    public record Match(String by, String query, String id, String name) {
        public static final Match TEXT = new Match("text", null, null, null);
    }

    /** A passage of the article's text, with the matched words as spans relative to the passage. */
    public record Snippet(String text, int start, int end, List<Span> matches) {}

    public record Span(int start, int end) {}

    public record FacetCount(String value, long count) {}

    public SearchResult {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }

    /** With exact facet counts. */
    public SearchResult(long total, List<Hit> hits, Map<String, List<FacetCount>> facets) {
        this(total, hits, facets, false);
    }
}
