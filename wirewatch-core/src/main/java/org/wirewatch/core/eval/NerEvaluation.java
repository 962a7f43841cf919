package org.wirewatch.core.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.Check;
import org.wirewatch.core.model.Mention;
import org.wirewatch.core.model.RawArticle;

/**
 * Exact-span micro P/R/F1 of predicted entities against NER gold (formats in docs/eval-formats.md).
 * A predicted mention is correct when its start, end and type (after mapping to PER/ORG/LOC)
 * equal a gold mention's; mentions of other types on either side are ignored, and duplicate
 * spans count once. Thread-safe: keeps no state between calls.
 */
public final class NerEvaluation {
    private NerEvaluation() {}

    /**
     * @param gold    a JSONL gold file
     * @param analyze turns each gold document into the system's analysed article; it is
     *                called once per document, in file order, on the calling thread
     * @throws IOException when the gold file cannot be read at all (bad lines are reported, not thrown)
     */
    public static NerReport run(Path gold, Function<RawArticle, Article> analyze) throws IOException {
        Check.notNullParam(gold, "gold");
        Check.notNullParam(analyze, "analyze");
        GoldFile<NerDoc> file = GoldLines.read(gold, NerDoc::parse);
        List<String> errors = new ArrayList<>(file.errors());
        Map<String, Scores> byType = new LinkedHashMap<>();
        for (String type : EntityTypes.SCORED) byType.put(type, Scores.ZERO);
        Map<String, Scores> byLang = new TreeMap<>();
        boolean anyLang = false;
        int failed = 0;
        int mismatched = 0;
        for (NerDoc doc : file.items()) {
            Article article = Predictions.analyze(analyze, doc.article(), errors);
            if (article == null) failed++;
            else if (!article.text().equals(doc.article().text())) mismatched++;
            Set<TypedSpan> predicted = article == null ? Set.of() : scoredMentions(article.entities());
            Scores docScores = Scores.ZERO;
            for (String type : EntityTypes.SCORED) {
                Scores s = score(doc.entities(), predicted, type);
                byType.merge(type, s, Scores::plus);
                docScores = docScores.plus(s);
            }
            String lang = doc.article().lang();
            anyLang |= lang != null;
            byLang.merge(lang == null ? "und" : lang, docScores, Scores::plus);
        }
        Scores micro = byType.values().stream().reduce(Scores.ZERO, Scores::plus);
        return new NerReport(micro, byType, anyLang ? byLang : Map.of(), file.items().size(), failed, mismatched,
                file.skippedLines(), errors);
    }

    private static Set<TypedSpan> scoredMentions(List<Mention> mentions) {
        Set<TypedSpan> spans = new HashSet<>();
        for (Mention m : mentions) {
            String type = EntityTypes.normalise(m.type());
            if (type != null) spans.add(new TypedSpan(m.start(), m.end(), type));
        }
        return spans;
    }

    private static Scores score(Set<TypedSpan> gold, Set<TypedSpan> predicted, String type) {
        int g = 0, p = 0, c = 0;
        for (TypedSpan s : gold) if (s.type().equals(type)) g++;
        for (TypedSpan s : predicted) {
            if (!s.type().equals(type)) continue;
            p++;
            if (gold.contains(s)) c++;
        }
        return new Scores(g, p, c);
    }
}
