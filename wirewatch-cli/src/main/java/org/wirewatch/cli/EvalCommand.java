package org.wirewatch.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.wirewatch.core.eval.CategoryEvaluation;
import org.wirewatch.core.eval.DateEvaluation;
import org.wirewatch.core.clean.TextCleaner;
import org.wirewatch.core.eval.EventEvaluation;
import org.wirewatch.core.eval.ExtractionEvaluation;
import org.wirewatch.core.eval.ExtractionMisses;
import org.wirewatch.core.eval.ExtractionReport;
import org.wirewatch.core.ingest.ArticleInputs;
import org.wirewatch.core.ingest.InputLimits;
import org.wirewatch.core.pipeline.AnalysedArticle;
import org.wirewatch.core.pipeline.Pipeline;
import org.wirewatch.core.eval.EntitySentimentEvaluation;
import org.wirewatch.core.extract.tone.SpanSentiment;
import org.wirewatch.core.eval.ToneEvaluation;
import org.wirewatch.core.eval.TonePairsEvaluation;
import org.wirewatch.core.eval.NerEvaluation;
import org.wirewatch.core.eval.PairScorer;
import org.wirewatch.core.eval.SimilarityEvaluation;
import org.wirewatch.core.eval.StoryEvaluation;
import org.wirewatch.core.eval.StoryGoldFile;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.RawArticle;
import org.wirewatch.core.output.ArticleJson;
import org.wirewatch.core.story.ArticleSimilarity;
import org.wirewatch.core.story.StoryMisses;
import org.wirewatch.core.story.StorySettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import org.wirewatch.core.story.StoryPlacer;
import org.wirewatch.core.story.StoryOptions;
import org.wirewatch.core.app.Wirewatch;

@Command(name = "eval",
        mixinStandardHelpOptions = true,
        description = {
            "Scores the pipeline against gold data and prints standard metrics.",
            "The pipeline runs in --raw mode so offsets line up with the gold text.",
            "Gold formats: docs/eval-formats.md."},
        footer = {"", "Example:", "  wirewatch eval ner --gold ../shared/evaldata/dev/ner-en.jsonl"})
final class EvalCommand implements Callable<Integer> {

    enum Task {
        ner, stories, similarity, dates, events, extraction, tone, tone_pairs, entity_sentiment, categories;

        /** "entity-sentiment", "tone-pairs" on the command line. */
        static Task parse(String s) {
            return valueOf(s.replace('-', '_'));
        }
    }

    @Parameters(index = "0", paramLabel = "TASK", converter = TaskConverter.class,
            description = "ner, stories, similarity, dates, events (typed events, events-en.jsonl), extraction, tone, tone-pairs (tone across translations, xling.eval.jsonl), entity-sentiment or categories.")
    Task task;

    static final class TaskConverter implements picocli.CommandLine.ITypeConverter<Task> {
        @Override
        public Task convert(String value) {
            try {
                return Task.parse(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(
                        "unknown task '" + value + "' (ner, stories, similarity, dates, events, extraction, tone, tone-pairs, entity-sentiment, categories)");
            }
        }
    }

    @Option(names = "--cut", paramLabel = "X", defaultValue = "0.05",
            description = "tone: where the predicted tone (per 100 words) turns positive or negative for the three-class figures. "
                    + "Default: ${DEFAULT-VALUE}, the gold's cut (on the per-100-words scale: any tone not exactly 0).")
    double cut;

    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "Gold JSONL file.")
    Path gold;

    @Option(names = "--docs", paramLabel = "FILE", description = "stories: the articles (id, text, lang) in a file of their own, "
            + "joined by id to the stories of --gold (e.g. xling.docs.jsonl with xling.gold.jsonl).")
    Path docs;

    @Option(names = "--json", description = "Print the report as one JSON object instead of a table.")
    boolean json;

    @Option(names = "--progress", negatable = true,
            description = "Show progress on standard error (default: when it is a terminal; extraction only).")
    Boolean progress;

    @Option(names = "--explain-misses", paramLabel = "N", defaultValue = "0",
            description = "stories: after the scores, count the split gold pairs by kind of miss and print the evidence of the N highest-scoring ones. "
                    + "extraction: count the missed snippets by the step that lost them (page text, markup pruning, block choice, line cleaner by line kind) and print the first N.")
    int explainMisses;

    @Mixin
    PipelineOptions pipelineOptions;

    /** The last extraction run's scores, kept for {@link #explainMisses}. */
    private ExtractionReport extractionReport;

    /** The articles the last story run placed, kept for {@link #explainMisses}. */
    private List<Article> placed = List.of();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!Files.isReadable(gold)) {
            spec.commandLine().getErr().println("error: cannot read gold file " + gold);
            return Main.EXIT_USAGE;
        }
        if (docs != null && (task != Task.stories || !Files.isReadable(docs))) {
            spec.commandLine().getErr().println(task != Task.stories ? "error: --docs is for `eval stories` only" : "error: cannot read docs file " + docs);
            return Main.EXIT_USAGE;
        }
        Report report = evaluate();
        spec.commandLine().getOut().println(json ? new ArticleJson().toPrettyJson(report.json()) : report.text());
        if (task == Task.stories && explainMisses > 0) spec.commandLine().getOut().println(misses());
        if (task == Task.extraction && explainMisses > 0) {
            spec.commandLine().getOut().println(ExtractionMisses.explain(gold, extractionReport, new TextCleaner(pipelineOptions.packs()))
                    .toText(explainMisses));
        }
        return 0;
    }

    private record Report(String text, Map<String, Object> json) {}

    private Report evaluate() throws IOException {
        return switch (task) {
            case ner -> {
                var r = NerEvaluation.run(gold, analyzer());
                yield new Report(r.toText(), r.toJson());
            }
            case stories -> {
                var r = docs == null ? StoryEvaluation.runBatch(gold, this::withStories) : StoryEvaluation.runBatch(gold, docs, this::withStories);
                yield new Report(r.toText(), r.toJson());
            }
            case similarity -> {
                var r = SimilarityEvaluation.run(gold, scorer());
                yield new Report(r.toText(), r.toJson());
            }
            case dates -> {
                var r = DateEvaluation.run(gold, analyzer());
                yield new Report(r.toText(), r.toJson());
            }
            case events -> {
                var r = EventEvaluation.run(gold, analyzer());
                yield new Report(r.toText(), r.toJson());
            }
            case extraction -> {
                var r = extraction();
                extractionReport = r;
                yield new Report(r.toText(), r.toJson());
            }
            case tone -> {
                var r = ToneEvaluation.run(gold, analyzer(), cut);
                yield new Report(r.toText(), r.toJson());
            }
            case tone_pairs -> {
                var r = TonePairsEvaluation.run(gold, analyzer());
                yield new Report(r.toText(), r.toJson());
            }
            case entity_sentiment -> {
                Pipeline pipeline = pipelineOptions.pipeline(true);
                var r = EntitySentimentEvaluation.run(gold, pipeline::analyze,
                        (article, start, end) -> pipeline.sentiment(article, start, end).map(SpanSentiment::label).orElse(null));
                yield new Report(r.toText(), r.toJson());
            }
            case categories -> {
                // Cleaned as analyze cleans it: categories point at no gold span, and scraped sidebars would count.
                var r = CategoryEvaluation.run(gold, pipelineOptions.pipeline(false)::analyze);
                yield new Report(r.toText(), r.toJson());
            }
        };
    }

    /**
     * Pages are read by analyze's readers and cleaned as analyze cleans them (not raw: the
     * cleaning is what is measured); no later stage changes the text, so none runs.
     */
    private ExtractionReport extraction() throws IOException {
        Pipeline pipeline = pipelineOptions.pipeline(false);
        Progress progress = new Progress(spec.commandLine().getErr(), this.progress, "scored");
        try {
            return ExtractionEvaluation.run(gold, new ArticleInputs(InputLimits.defaults()), pipeline::prepare,
                    pipelineOptions.threads, () -> {
                        synchronized (progress) {
                            progress.succeeded();
                        }
                    });
        } finally {
            progress.finish();
        }
    }

    private Function<RawArticle, Article> analyzer() {
        return pipelineOptions.pipeline(true)::analyze;
    }

    /**
     * Analyses every gold article, then groups them all into stories at once, as analyze does.
     * Story ids point at no span, so here the text is cleaned as analyze cleans it: scraped
     * sidebars of other stories' headlines would otherwise count as evidence.
     */
    private List<Article> withStories(List<RawArticle> articles) {
        Wirewatch wirewatch = pipelineOptions.wirewatch(false);
        StoryPlacer stories = wirewatch.stories(StoryOptions.wholeInput());
        for (RawArticle raw : articles) {
            AnalysedArticle analysed = wirewatch.analysis(raw);
            stories.accept(analysed.article(), analysed.text(), null);
        }
        List<Article> out = new ArrayList<>();
        stories.finish(out::add);
        placed = List.copyOf(out);
        return placed;
    }

    /** The split gold pairs of the last story run, explained (docs/stories.md). */
    private String misses() throws IOException {
        StoryGoldFile file = docs == null ? StoryGoldFile.read(gold) : StoryGoldFile.read(gold, docs);
        Map<String, Article> byId = new HashMap<>();
        for (Article a : placed) byId.putIfAbsent(a.id(), a);
        List<Article> articles = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < file.articles().size(); i++) {
            Article a = byId.get(file.articles().get(i).id());
            if (a == null) continue;
            articles.add(a);
            labels.add(file.clusters().get(i));
        }
        return new StoryMisses(pipelineOptions.packs(), StorySettings.defaults()).explain(articles, labels).toText(explainMisses);
    }

    /**
     * Analyses both articles and scores them. Rarity is counted over every article of the gold
     * file first (a first pass that scores nothing), as a batch counts it, so the first pairs are
     * scored with as much to go on as the last.
     */
    private PairScorer scorer() throws IOException {
        Function<RawArticle, Article> analyze = analyzer();
        ArticleSimilarity similarity = new ArticleSimilarity(pipelineOptions.packs());
        Map<String, Article> analysed = new HashMap<>();
        Function<RawArticle, Article> once = r -> analysed.computeIfAbsent(r.id() + '\u0000' + r.text(), k -> analyze.apply(r));
        SimilarityEvaluation.run(gold, (a, b) -> {
            similarity.count(once.apply(a));
            similarity.count(once.apply(b));
            return OptionalDouble.empty();
        });
        return (a, b) -> OptionalDouble.of(similarity.score(once.apply(a), once.apply(b)));
    }
}
