package org.wirewatch.core.ingest;

import org.wirewatch.core.model.RawArticle;

/**
 * Receives what {@link ArticleInputs} reads: every article and every problem, in input order.
 * An exception thrown from either method stops reading and reaches the caller unchanged.
 */
public interface ArticleSink {
    void article(RawArticle article);

    void error(ReadError error);
}
