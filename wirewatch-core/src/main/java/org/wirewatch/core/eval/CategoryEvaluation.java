package org.wirewatch.core.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.Category;
import org.wirewatch.core.model.Check;
import org.wirewatch.core.model.RawArticle;

/**
 * Scores the record's {@code categories} against category gold: per category, the articles the
 * gold puts in it against those the pipeline puts in it (precision, recall, F1), and their sums
 * over all categories (micro average). A category neither side uses is not listed. Thread-safe:
 * keeps no state between calls.
 */
public final class CategoryEvaluation {
    private CategoryEvaluation() {}

    /** @param analyze called once per gold line, in file order, on the calling thread */
    public static CategoryReport run(Path gold, Function<RawArticle, Article> analyze) throws IOException {
        Check.notNullParam(gold, "gold");
        Check.notNullParam(analyze, "analyze");
        GoldFile<CategoryGold> file = GoldLines.read(gold, CategoryGold::parse);
        List<String> errors = new ArrayList<>(file.errors());
        Map<String, Scores> byCategory = new TreeMap<>();
        int failed = 0;
        for (CategoryGold line : file.items()) {
            Article a = Predictions.analyze(analyze, line.article(), errors);
            if (a == null) failed++;
            Set<String> predicted = new TreeSet<>();
            if (a != null) for (Category c : a.categories()) predicted.add(c.id());
            Set<String> all = new TreeSet<>(predicted);
            all.addAll(line.categories());
            for (String id : all) {
                boolean g = line.categories().contains(id);
                boolean p = predicted.contains(id);
                byCategory.merge(id, new Scores(g ? 1 : 0, p ? 1 : 0, g && p ? 1 : 0), Scores::plus);
            }
        }
        return new CategoryReport(file.items().size(), failed, byCategory, file.skippedLines(), errors);
    }
}
