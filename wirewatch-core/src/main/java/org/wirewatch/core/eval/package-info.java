/**
 * The evaluation harness behind {@code wirewatch eval}: reads gold data (formats in
 * {@code docs/eval-formats.md}), asks a caller-supplied function for predictions, and scores
 * them with the standard metric for each task.
 *
 * <p>The harness never knows how predictions are made: NER, dates and stories take a
 * {@code Function<RawArticle, Article>}, similarity takes a {@link org.wirewatch.core.eval.PairScorer}.
 * Entry points: {@link org.wirewatch.core.eval.NerEvaluation}, {@link org.wirewatch.core.eval.StoryEvaluation},
 * {@link org.wirewatch.core.eval.SimilarityEvaluation}, {@link org.wirewatch.core.eval.DateEvaluation},
 * {@link org.wirewatch.core.eval.EventEvaluation}.
 * A malformed gold line never stops a run: it is skipped, named in the report's errors and counted.
 */
package org.wirewatch.core.eval;
