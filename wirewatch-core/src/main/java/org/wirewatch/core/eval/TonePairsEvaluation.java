package org.wirewatch.core.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.Check;
import org.wirewatch.core.model.RawArticle;
import org.wirewatch.core.model.SourceRef;

/**
 * Cross-lingual consistency of tone: an article and its translation should read alike. Reads a
 * joined story file ({@code xling.eval.jsonl}: id, lang, text, story), analyses every article, and
 * for each story of exactly two articles in two languages reports Pearson's r between the two
 * sides' {@code tone.tone}, per language pair (languages sorted: "en-uk") and over all pairs, with
 * how often the two sides agree in sign (cut at ±{@value #CUT} per 100 words). A side without a
 * tone leaves its pair out (counted). Thread-safe: keeps no state between calls.
 */
public final class TonePairsEvaluation {
    static final double CUT = 0.05;

    private TonePairsEvaluation() {}

    record Line(RawArticle article, String story) {
        static Line parse(JsonNode node, SourceRef where) {
            String story = JsonFields.text(node, "story");
            if (story == null) throw new GoldFormatException("missing \"story\"");
            RawArticle article = GoldArticles.from(node, where, GoldArticles.lineId(where));
            if (article.lang() == null) throw new GoldFormatException("missing \"lang\"");
            return new Line(article, story);
        }
    }

    /** The figures of one language pair (or all). */
    public record Part(int pairs, Correlation pearson, double signAgreement) {}

    /** The report: all pairs, per language pair, and the pairs left out. */
    public record Report(Part all, Map<String, Part> byPair, int stories, int withoutTone, List<String> errors) {
        public String toText() {
            StringBuilder out = new StringBuilder();
            out.append(String.format(Locale.ROOT, "Tone across translations: %d stories, %d pairs left out (a side without tone)%n",
                    stories, withoutTone));
            out.append(line("all", all));
            byPair.forEach((k, p) -> out.append(line(k, p)));
            for (String e : errors) out.append("error: ").append(e).append('\n');
            return out.toString();
        }

        private static String line(String label, Part p) {
            return String.format(Locale.ROOT, "%-6s %4d pairs: pearson %s, same sign %.4f%n", label, p.pairs(), p.pearson().toText(),
                    p.signAgreement());
        }

        public Map<String, Object> toJson() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("stories", stories);
            json.put("pairs_without_tone", withoutTone);
            json.put("all", part(all));
            Map<String, Object> pairs = new LinkedHashMap<>();
            byPair.forEach((k, p) -> pairs.put(k, part(p)));
            json.put("by_language_pair", pairs);
            json.put("errors", errors);
            return json;
        }

        private static Map<String, Object> part(Part p) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("pairs", p.pairs());
            json.put("pearson", p.pearson().isDefined() ? p.pearson().value().getAsDouble() : null);
            json.put("same_sign", p.signAgreement());
            return json;
        }
    }

    public static Report run(Path gold, Function<RawArticle, Article> analyze) throws IOException {
        Check.notNullParam(gold, "gold");
        Check.notNullParam(analyze, "analyze");
        GoldFile<Line> file = GoldLines.read(gold, Line::parse);
        List<String> errors = new ArrayList<>(file.errors());
        Map<String, List<Article>> byStory = new TreeMap<>();
        for (Line line : file.items()) {
            Article a = Predictions.analyze(analyze, line.article(), errors);
            if (a != null) byStory.computeIfAbsent(line.story(), k -> new ArrayList<>()).add(a);
        }
        Map<String, List<double[]>> byPair = new TreeMap<>();
        List<double[]> all = new ArrayList<>();
        int withoutTone = 0;
        for (List<Article> story : byStory.values()) {
            if (story.size() != 2 || story.get(0).lang() == null || story.get(1).lang() == null
                    || story.get(0).lang().equals(story.get(1).lang())) continue;
            story.sort((x, y) -> x.lang().compareTo(y.lang()));
            if (story.get(0).tone() == null || story.get(1).tone() == null) {
                withoutTone++;
                continue;
            }
            double[] pair = {story.get(0).tone().tone(), story.get(1).tone().tone()};
            all.add(pair);
            byPair.computeIfAbsent(story.get(0).lang() + "-" + story.get(1).lang(), k -> new ArrayList<>()).add(pair);
        }
        Map<String, Part> parts = new LinkedHashMap<>();
        byPair.forEach((k, pairs) -> parts.put(k, part(pairs)));
        return new Report(part(all), parts, byStory.size(), withoutTone, errors);
    }

    private static Part part(List<double[]> pairs) {
        double[] x = new double[pairs.size()];
        double[] y = new double[pairs.size()];
        int same = 0;
        for (int i = 0; i < pairs.size(); i++) {
            x[i] = pairs.get(i)[0];
            y[i] = pairs.get(i)[1];
            if (ThreeClasses.cut(x[i], CUT).equals(ThreeClasses.cut(y[i], CUT))) same++;
        }
        return new Part(pairs.size(), Correlation.pearson(x, y), pairs.isEmpty() ? 0 : same / (double) pairs.size());
    }
}
