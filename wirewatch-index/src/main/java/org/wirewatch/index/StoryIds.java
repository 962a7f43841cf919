package org.wirewatch.index;

import org.wirewatch.core.model.Article;

/**
 * The story an article is filed under: its {@code story} when the story stage gave one, else
 * the article alone is a story of one (so every article can be browsed as a story).
 */
public final class StoryIds {
    private StoryIds() {}

    public static String of(Article article) {
        return article.story() != null && !article.story().isBlank() ? article.story() : article.id();
    }
}
