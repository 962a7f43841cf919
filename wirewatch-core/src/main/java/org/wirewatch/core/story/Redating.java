package org.wirewatch.core.story;

import org.wirewatch.core.model.Article;

/**
 * How an undated article takes the date of the dated article it translates or copies (docs/stories.md,
 * "Dates across a story"): the pipeline's {@code redate} sets the date, marked inferred, and runs
 * again the stages that read it, so relative dates in the text resolve against it.
 */
@FunctionalInterface
public interface Redating {

    /** Sets the date only: for callers without a pipeline. */
    Redating DATE_ONLY = (article, day) -> article.toBuilder().published(day, true).build();

    /** The article as if published on {@code day} (ISO-8601), marked inferred. */
    Article redate(Article article, String day);
}
