package org.wirewatch.core.eval;

import java.util.OptionalDouble;
import org.wirewatch.core.model.RawArticle;

/**
 * How similar two articles are, from 0 (unrelated) to 1 (the same story told the same way).
 * Empty when the scorer cannot judge the pair (for example a language it does not handle);
 * such pairs are left out of the correlation and counted in the report.
 */
@FunctionalInterface
public interface PairScorer {
    OptionalDouble score(RawArticle a, RawArticle b);
}
