package org.wirewatch.core.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.Check;
import org.wirewatch.core.model.RawArticle;

/**
 * Scores typed events against the MEANTIME events gold ({@code events-en.jsonl}; the metric is
 * the evaldata README's "Events" / "Score"). Each gold line's id, text, published day and
 * language are analysed; a document whose analysis fails, or comes back with another text, has
 * no predicted events and is counted in the report. Thread-safe: keeps no state between calls.
 */
public final class EventEvaluation {
    private EventEvaluation() {}

    /**
     * @param gold    a JSONL events gold file
     * @param analyze turns each gold document into the system's analysed article; called once per
     *                document, in file order, on the calling thread
     * @throws IOException when the gold file cannot be read at all (bad lines are reported, not thrown)
     */
    public static EventReport run(Path gold, Function<RawArticle, Article> analyze) throws IOException {
        Check.notNullParam(gold, "gold");
        Check.notNullParam(analyze, "analyze");
        GoldFile<EventGold> file = GoldLines.read(gold, EventGold::parse);
        List<String> errors = new ArrayList<>(file.errors());
        EventScorer scorer = new EventScorer();
        int failed = 0, mismatched = 0;
        for (EventGold doc : file.items()) {
            Article article = Predictions.analyze(analyze, doc.article(), errors);
            if (article == null) {
                failed++;
            } else if (!article.text().equals(doc.article().text())) {
                mismatched++;
                errors.add(doc.article().origin() + ": the record's text differs from the gold text; no events scored");
                article = null;
            }
            scorer.add(doc, article);
        }
        return scorer.report(file.items().size(), failed, mismatched, file.skippedLines(), errors);
    }
}
