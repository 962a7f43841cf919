package org.wirewatch.core.pipeline;

import org.wirewatch.core.linguistics.AnalysedText;
import org.wirewatch.core.model.Article;

/**
 * One extraction step of the {@link Pipeline}: it reads the article and its analysed text and
 * returns the article with what it found. The pipeline runs stages in order and skips a stage for
 * a language it does not support, recording {@code Issue("unsupported_language", name)}.
 * Implementations are immutable and thread-safe.
 */
public interface Stage {

    /** The stage's name in issues, benchmarks and {@code wirewatch languages} ("entities"). */
    String name();

    /** How far the stage serves text in {@code lang} (an ISO 639-1 code, never null). */
    LanguageSupport.Level support(String lang);

    /** The article with what this stage found in it; called only when {@link #support} is not NONE. */
    Article apply(Article article, AnalysedText text);
}
