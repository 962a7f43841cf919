package org.wirewatch.index;

import java.util.ArrayList;
import java.util.List;
import org.wirewatch.core.linguistics.names.NameKeys;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.Mention;

/**
 * Passages for a hit that matched through an entity only (the query named it in another script):
 * the text around its first mentions, with the mention as the match, so the hit shows why it is
 * there as a text hit does.
 */
final class MentionSnippets {
    private static final int PASSAGES = 2;
    private static final int AROUND = 90;
    private final NameKeys keys;

    MentionSnippets(NameKeys keys) {
        this.keys = keys;
    }

    List<SearchResult.Snippet> of(Article article, List<NameExpansion.Expansion> expansions) {
        List<SearchResult.Snippet> out = new ArrayList<>();
        if (expansions.isEmpty()) return out;
        int shownUpTo = -1;
        for (Mention m : article.entities()) {
            if (out.size() >= PASSAGES) break;
            if (m.start() < shownUpTo || m.end() > article.text().length()) continue;
            if (expansions.stream().noneMatch(e -> e.reaches(m, keys))) continue;
            int start = Math.min(m.start(), wordStart(article.text(), Math.max(0, m.start() - AROUND)));
            int end = Math.max(m.end(), wordEnd(article.text(), Math.min(article.text().length(), m.end() + AROUND)));
            out.add(new SearchResult.Snippet(article.text().substring(start, end), start, end,
                    List.of(new SearchResult.Span(m.start() - start, m.end() - start))));
            shownUpTo = end;
        }
        return out;
    }

    /** Moves forward to the start of a word, so a passage does not open in the middle of one. */
    private static int wordStart(String text, int at) {
        if (at == 0) return 0;
        int space = text.indexOf(' ', at);
        return space < 0 ? at : Math.min(space + 1, text.length());
    }

    private static int wordEnd(String text, int at) {
        if (at >= text.length()) return text.length();
        int space = text.lastIndexOf(' ', at);
        return space <= 0 ? at : space;
    }
}
