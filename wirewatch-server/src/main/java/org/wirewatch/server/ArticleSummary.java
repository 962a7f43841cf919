package org.wirewatch.server;

import org.wirewatch.core.model.Article;

/** What a list shows of an article: enough to name it and link to it. */
record ArticleSummary(String id, String lang, String title, String source, String published, String url,
                      String story, String duplicateOf, String translationOf) {
    static ArticleSummary of(Article a) {
        return new ArticleSummary(a.id(), a.lang(), a.title(), a.source(), a.published(), a.url(),
                org.wirewatch.index.StoryIds.of(a), a.duplicateOf(), a.translationOf());
    }
}
