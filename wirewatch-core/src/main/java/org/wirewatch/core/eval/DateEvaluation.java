package org.wirewatch.core.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.Check;
import org.wirewatch.core.model.DateMention;
import org.wirewatch.core.model.RawArticle;

/**
 * TempEval-3 style evaluation of predicted dates against gold DATE/TIME expressions: strict
 * (exact span) and relaxed (overlapping span) P/R/F1, and value P/R/F1, where a prediction is
 * correct when it overlaps a gold expression and has the same normalised value. Every match is
 * one-to-one (a maximum matching per document), so one long prediction covering two gold
 * expressions is credited once. The gold document creation time reaches the prediction function
 * as {@link RawArticle#published()}. Thread-safe: keeps no state between calls.
 */
public final class DateEvaluation {
    private DateEvaluation() {}

    /**
     * @param gold    a JSONL gold file
     * @param analyze turns each gold document into the system's analysed article; called once
     *                per document, in file order, on the calling thread
     * @throws IOException when the gold file cannot be read at all (bad lines are reported, not thrown)
     */
    public static DateReport run(Path gold, Function<RawArticle, Article> analyze) throws IOException {
        Check.notNullParam(gold, "gold");
        Check.notNullParam(analyze, "analyze");
        GoldFile<DateDoc> file = GoldLines.read(gold, DateDoc::parse);
        List<String> errors = new ArrayList<>(file.errors());
        Scores strict = Scores.ZERO, relaxed = Scores.ZERO, value = Scores.ZERO;
        int ignored = 0, failed = 0, mismatched = 0;
        for (DateDoc doc : file.items()) {
            Article article = Predictions.analyze(analyze, doc.article(), errors);
            if (article == null) failed++;
            else if (!article.text().equals(doc.article().text())) mismatched++;
            List<Timex> all = article == null ? List.of() : distinct(article.dates());
            List<Timex> predicted = new ArrayList<>();
            for (Timex p : all) {
                if (isScored(p, doc)) predicted.add(p);
                else ignored++;
            }
            List<Timex> goldTimex = doc.scored();
            int g = goldTimex.size(), n = predicted.size();
            strict = strict.plus(new Scores(g, n, Matching.maximum(n, g, (i, j) -> predicted.get(i).sameSpan(goldTimex.get(j)))));
            relaxed = relaxed.plus(new Scores(g, n, Matching.maximum(n, g, (i, j) -> predicted.get(i).overlaps(goldTimex.get(j)))));
            value = value.plus(new Scores(g, n, Matching.maximum(n, g,
                    (i, j) -> predicted.get(i).overlaps(goldTimex.get(j)) && predicted.get(i).sameValue(goldTimex.get(j)))));
        }
        OptionalDouble accuracy = relaxed.correct() == 0
                ? OptionalDouble.empty() : OptionalDouble.of((double) value.correct() / relaxed.correct());
        return new DateReport(strict, relaxed, value, accuracy, file.items().size(), ignored, failed, mismatched,
                file.skippedLines(), errors);
    }

    private static List<Timex> distinct(List<DateMention> dates) {
        Set<Timex> out = new LinkedHashSet<>();
        for (DateMention d : dates) out.add(new Timex(d.start(), d.end(), null, d.value()));
        return new ArrayList<>(out);
    }

    /**
     * Predictions carry no TimeML type, so one that is a duration by its value, or that only
     * touches gold DURATION/SET expressions, is left out instead of counted as a false DATE.
     */
    private static boolean isScored(Timex p, DateDoc doc) {
        if (p.looksLikeDuration()) return false;
        boolean touchesIgnored = doc.ignored().stream().anyMatch(p::overlaps);
        return !touchesIgnored || doc.scored().stream().anyMatch(p::overlaps);
    }
}
