package org.wirewatch.index;

import java.util.List;
import java.util.Map;
import org.wirewatch.core.model.Article;

/**
 * What a search found: the total count, one page of hits, and facet counts (language, source,
 * entity, story, event type → the most frequent values among all matches).
 */
public record SearchResult(long total, List<Hit> hits, Map<String, List<FacetCount>> facets) {

    /** One matching article with its score (NaN when sorted by date) and highlighted passages. */
    public record Hit(Article article, float score, List<Snippet> snippets) {}

    /** A passage of the article's text, with the matched words as spans relative to the passage. */
    public record Snippet(String text, int start, int end, List<Span> matches) {}

    public record Span(int start, int end) {}

    public record FacetCount(String value, long count) {}

    public SearchResult {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }
}
