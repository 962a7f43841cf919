package org.wirewatch.server;

import org.wirewatch.core.model.Article;

/** What a list shows of an article: enough to name it and link to it, and its tone (GDELT's, per 100 words; null without one). */
record ArticleSummary(String id, String lang, String title, String source, String published, String url,
                      String story, String duplicateOf, String translationOf, Double tone) {
    static ArticleSummary of(Article a) {
        return new ArticleSummary(a.id(), a.lang(), a.title(), a.source(), a.published(), a.url(),
                org.wirewatch.index.StoryIds.of(a), a.duplicateOf(), a.translationOf(), a.tone() == null ? null : a.tone().tone());
    }
}
