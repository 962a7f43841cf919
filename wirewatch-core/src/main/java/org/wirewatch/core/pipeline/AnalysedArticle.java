package org.wirewatch.core.pipeline;

import org.wirewatch.core.linguistics.AnalysedText;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.Check;

/**
 * What {@link Pipeline#analysis} gives: the analysed article, and the text the pipeline cut for it,
 * so that a stage run later (stories) reads the same tokens instead of cutting them again.
 *
 * @param text the article's text cut once, as every stage read it; null when no language was
 *             found (no stage ran), and a later reader cuts the text itself
 */
public record AnalysedArticle(Article article, AnalysedText text) {
    public AnalysedArticle {
        Check.notNullParam(article, "article");
    }
}
