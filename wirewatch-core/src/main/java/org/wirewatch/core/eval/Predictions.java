package org.wirewatch.core.eval;

import java.util.List;
import java.util.function.Function;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.RawArticle;

/**
 * Calls the caller's prediction function on one gold article. A function that throws or
 * returns null fails that document only: the failure is recorded and the document is scored
 * as predicting nothing, so its gold items still count against recall.
 */
final class Predictions {
    private Predictions() {}

    /** The predicted article, or null after adding a message to {@code errors}. */
    static Article analyze(Function<RawArticle, Article> analyze, RawArticle gold, List<String> errors) {
        try {
            Article predicted = analyze.apply(gold);
            if (predicted == null) errors.add(gold.origin() + ": analysis returned nothing");
            return predicted;
        } catch (RuntimeException e) {
            errors.add(gold.origin() + ": analysis failed: " + e);
            return null;
        }
    }
}
