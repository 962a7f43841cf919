package org.wirewatch.server;

import java.util.ArrayList;
import java.util.List;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.Quote;

/** One quote with the article it is in, so a page can link to the sentence it comes from. */
record QuoteView(String articleId, String lang, String published, String title, String text, boolean direct, String cue,
                 String speakerId, String speaker, int start, int end) {

    static QuoteView of(Article a, Quote q) {
        return new QuoteView(a.id(), a.lang(), a.published(), a.title(), q.text(), q.direct(), q.cue(),
                q.speaker() == null ? null : q.speaker().id(), q.speaker() == null ? null : q.speaker().name(), q.start(), q.end());
    }

    static List<QuoteView> allIn(Article a) {
        List<QuoteView> out = new ArrayList<>();
        for (Quote q : a.quotes()) out.add(of(a, q));
        return out;
    }
}
