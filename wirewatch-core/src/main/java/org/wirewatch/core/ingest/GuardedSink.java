package org.wirewatch.core.ingest;

import org.wirewatch.core.model.Check;
import org.wirewatch.core.model.RawArticle;

/** Wraps the caller's sink: marks its exceptions as {@link SinkFailure} and enforces the id contract. */
final class GuardedSink implements ArticleSink {
    private final ArticleSink delegate;

    GuardedSink(ArticleSink delegate) {
        this.delegate = delegate;
    }

    @Override
    public void article(RawArticle article) {
        Check.isTrue(article.id() != null, "reader bug: article without id from %s", article.origin());
        try {
            delegate.article(article);
        } catch (RuntimeException e) {
            throw new SinkFailure(e);
        }
    }

    @Override
    public void error(ReadError error) {
        try {
            delegate.error(error);
        } catch (RuntimeException e) {
            throw new SinkFailure(e);
        }
    }
}
