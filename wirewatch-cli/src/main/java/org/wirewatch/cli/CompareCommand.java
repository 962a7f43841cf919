package org.wirewatch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.RawArticle;
import org.wirewatch.core.model.SourceRef;
import org.wirewatch.core.output.ArticleJson;
import org.wirewatch.core.pipeline.BatchAnalysis;
import org.wirewatch.core.story.ArticleSimilarity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "compare",
        mixinStandardHelpOptions = true,
        description = {
            "Scores how similar the two articles of each pair are, from 0 (unrelated) to 1 (the same report), in any "
                + "languages, without translation (docs/stories.md).",
            "Each line of FILE is {\"pair_id\", \"a\": ARTICLE, \"b\": ARTICLE}; an article is an analysed record (with "
                + "\"entities\") or an input record (id, text, title, lang, published, source), which is analysed first.",
            "Prints one {\"pair_id\", \"score\"} line per pair, in file order. A bad line is reported on standard error "
                + "and skipped; the exit status counts them."},
        footer = {"", "Example:", "  wirewatch compare --pairs pairs.jsonl > scores.jsonl"})
final class CompareCommand implements Callable<Integer> {

    @Option(names = "--pairs", required = true, paramLabel = "FILE", description = "JSONL file of article pairs.")
    Path pairs;

    @Mixin
    PipelineOptions pipelineOptions;

    @Spec
    CommandSpec spec;

    private record Pair(String id, int a, int b) {}

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isReadable(pairs)) {
            err.println("error: cannot read pairs file " + pairs);
            return Main.EXIT_USAGE;
        }
        ObjectMapper articles = new ArticleJson().mapper();
        List<Object> sides = new ArrayList<>();   // an Article, or a RawArticle still to analyse
        List<Pair> found = new ArrayList<>();
        int failures = 0, lineNo = 0;
        try (BufferedReader in = Files.newBufferedReader(pairs, StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null; ) {
                lineNo++;
                if (line.isBlank()) continue;
                SourceRef where = new SourceRef(pairs.toString(), "line " + lineNo);
                try {
                    JsonNode node = articles.readTree(line);
                    String id = node.hasNonNull("pair_id") ? node.get("pair_id").asText() : "line" + lineNo;
                    sides.add(side(node.get("a"), id + "/a", where, articles));
                    sides.add(side(node.get("b"), id + "/b", where, articles));
                    found.add(new Pair(id, sides.size() - 2, sides.size() - 1));
                } catch (IOException | IllegalArgumentException e) {
                    err.println("error: " + where + ": " + e.getMessage());
                    failures++;
                }
            }
        }
        List<Article> analysed = analyse(sides, err);
        ArticleSimilarity similarity = new ArticleSimilarity(pipelineOptions.packs());
        analysed.forEach(a -> { if (a != null) similarity.count(a); });
        PrintWriter out = spec.commandLine().getOut();
        int scored = 0;
        for (Pair p : found) {
            Article a = analysed.get(p.a()), b = analysed.get(p.b());
            if (a == null || b == null) {
                failures++;
                continue;
            }
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("pair_id", p.id());
            line.put("score", Math.round(similarity.score(a, b) * 10000) / 10000.0);
            out.println(articles.writeValueAsString(line));
            scored++;
        }
        err.printf(Locale.ROOT, "wirewatch compare: pairs scored %,d, failed %,d%n", scored, failures);
        return ExitStatus.ofFailures(failures);
    }

    private static Object side(JsonNode node, String fallbackId, SourceRef where, ObjectMapper articles) throws IOException {
        if (node == null || !node.isObject()) throw new IllegalArgumentException("\"a\" and \"b\" must both be article objects");
        if (node.has("entities")) {
            ((com.fasterxml.jackson.databind.node.ObjectNode) node).putIfAbsent("id", articles.getNodeFactory().textNode(fallbackId));
            return articles.treeToValue(node, Article.class);
        }
        if (!node.hasNonNull("text")) throw new IllegalArgumentException("article without \"text\"");
        return new RawArticle(text(node, "id", fallbackId), node.get("text").asText(), text(node, "title", null), text(node, "url", null),
                text(node, "lang", null), text(node, "published", null), text(node, "source", null), List.of(), where, true, List.of());
    }

    private static String text(JsonNode node, String field, String otherwise) {
        return node.hasNonNull(field) ? node.get(field).asText() : otherwise;
    }

    /** Analyses the input records on several threads; the result lines up with {@code sides} (null where analysis failed). */
    private List<Article> analyse(List<Object> sides, PrintWriter err) {
        List<Article> out = new ArrayList<>(sides.size());
        List<Integer> pending = new ArrayList<>();
        for (int i = 0; i < sides.size(); i++) {
            out.add(sides.get(i) instanceof Article a ? a : null);
            if (sides.get(i) instanceof RawArticle) pending.add(i);
        }
        int[] next = {0};
        BatchAnalysis.Results results = new BatchAnalysis.Results() {
            @Override
            public void analysed(Article article) {
                out.set(pending.get(next[0]++), article);
            }

            @Override
            public void failed(SourceRef origin, String message) {
                next[0]++;
                err.println("error: " + origin + ": " + message);
            }
        };
        try (BatchAnalysis batch = new BatchAnalysis(pipelineOptions.pipeline(false)::analyze, pipelineOptions.threads, results)) {
            for (int i : pending) batch.submit((RawArticle) sides.get(i));
        }
        return out;
    }
}
