package org.wirewatch.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.wirewatch.index.analysis.TextAnalyses;

/**
 * The passages of each hit that match the query, as plain text with the matched words as spans:
 * no markup is produced here, so whoever shows them escapes the text and marks the spans itself.
 */
final class Highlights {
    private static final int PASSAGES = 2;
    private final TextAnalyses analyses;

    Highlights(TextAnalyses analyses) {
        this.analyses = analyses;
    }

    /** For each hit (in order) its snippets; empty lists when the query has no words to show. */
    List<List<SearchResult.Snippet>> of(IndexSearcher searcher, Query textQuery, TopDocs page, List<String> texts) throws IOException {
        List<List<SearchResult.Snippet>> all = new ArrayList<>();
        for (int i = 0; i < page.scoreDocs.length; i++) all.add(new ArrayList<>());
        if (page.scoreDocs.length == 0) return all;
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyses.perFieldAnalyzer())
                .withFormatter(new OffsetsFormatter())
                .withMaxLength(200_000)
                .build();
        String[] fields = analyses.bodyFields();
        int[] passages = new int[fields.length];
        java.util.Arrays.fill(passages, PASSAGES);
        Map<String, String[]> byField = highlighter.highlightFields(fields, textQuery, page, passages);
        for (String[] perHit : byField.values()) {
            for (int i = 0; i < perHit.length; i++) {
                if (perHit[i] != null && !perHit[i].isEmpty()) all.get(i).addAll(snippets(perHit[i], texts.get(i)));
            }
        }
        return all;
    }

    private static List<SearchResult.Snippet> snippets(String encoded, String text) {
        List<SearchResult.Snippet> out = new ArrayList<>();
        for (String passage : encoded.split(";")) {
            String[] n = passage.split(",");
            int start = Integer.parseInt(n[0]);
            int end = Math.min(Integer.parseInt(n[1]), text.length());
            List<SearchResult.Span> spans = new ArrayList<>();
            for (int k = 2; k + 1 < n.length; k += 2) {
                spans.add(new SearchResult.Span(Integer.parseInt(n[k]) - start, Integer.parseInt(n[k + 1]) - start));
            }
            out.add(new SearchResult.Snippet(text.substring(start, end), start, end, spans));
        }
        return out;
    }

    /** Writes passages as numbers only, "start,end,matchStart,matchEnd,…;…", read back by {@link #snippets}. */
    private static final class OffsetsFormatter extends PassageFormatter {
        @Override
        public Object format(Passage[] passages, String content) {
            StringBuilder sb = new StringBuilder();
            for (Passage p : passages) {
                if (p.getNumMatches() == 0) continue;
                if (sb.length() > 0) sb.append(';');
                sb.append(p.getStartOffset()).append(',').append(p.getEndOffset());
                for (int i = 0; i < p.getNumMatches(); i++) sb.append(',').append(p.getMatchStarts()[i]).append(',').append(p.getMatchEnds()[i]);
            }
            return sb.toString();
        }
    }
}
