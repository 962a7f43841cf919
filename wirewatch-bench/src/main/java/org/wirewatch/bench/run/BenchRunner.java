package org.wirewatch.bench.run;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.wirewatch.core.app.Resources;
import org.wirewatch.core.app.Wirewatch;
import org.wirewatch.core.clean.TextCleaner;
import org.wirewatch.core.kb.KnowledgeBase;
import org.wirewatch.core.kb.KnowledgeBases;
import org.wirewatch.core.lang.LanguageIdentifier;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.RawArticle;
import org.wirewatch.core.pipeline.Pipeline;
import org.wirewatch.core.pipeline.PipelineSettings;

/**
 * Measures how fast Wirewatch is, and against what: the whole pipeline on N threads, each stage
 * alone on one thread (the index stage into a temporary Lucene store), and bare tokenisation of the
 * same text as the yardstick, all in one JVM run on one corpus, each as the median of several runs after warm-up; and the peak heap.
 *
 * <pre>{@code
 * BenchReport report = new BenchRunner().run(settings, new PrintWriter(System.err, true));
 * }</pre>
 */
public final class BenchRunner {

    /**
     * @param log receives one line per step, so a long run shows where it is
     * @throws IllegalArgumentException if the corpus holds no article
     */
    public BenchReport run(BenchSettings settings, PrintWriter log) throws IOException {
        PeakHeap.reset();
        try (BenchCorpus corpus = BenchCorpus.open(settings)) {
            List<RawArticle> articles = corpus.articles();
            if (articles.isEmpty()) throw new IllegalArgumentException("no article could be read from " + corpus.description());
            int n = articles.size();
            double megabytes = corpus.utf8Bytes() / 1e6;
            log.printf(Locale.ROOT, "bench: %,d articles, %.1f MB (%s)%s%n", n, megabytes, corpus.description(),
                    corpus.readErrors() == 0 ? "" : String.format(Locale.ROOT, "; %d inputs could not be read", corpus.readErrors()));
            Timing timing = new Timing(settings.warmups(), settings.runs());

            TextCleaner cleaner = new TextCleaner();
            LanguageIdentifier languages = new LanguageIdentifier(settings.languages());
            StageBench stageBench = new StageBench(corpus, timing, cleaner, languages, settings.ner());
            Map<String, Timing.Work> stageWorks = stageBench.works(StageInputs.of(articles, cleaner, languages));
            KnowledgeBase kb = KnowledgeBases.builtIn();
            Pipeline pipeline = new Wirewatch(Resources.with(kb), new PipelineSettings(false, settings.languages(), settings.ner())).pipeline();
            log.printf(Locale.ROOT, "bench: analysing the corpus once for the index stage…%n");
            stageWorks.put("index", new IndexStage(analysed(articles, pipeline), kb)::run);
            Timing.Work whole = new WholePipeline(pipeline, corpus, settings.threads())::run;
            try (TokenizerYardstick yardstick = new TokenizerYardstick(texts(articles), settings.threads())) {
                List<Timing.Work> all = new ArrayList<>(stageWorks.values());
                all.add(yardstick::run);
                all.add(whole);
                log.printf(Locale.ROOT, "bench: warming up everything for %.0f s…%n", settings.warmupSeconds());
                timing.warmUp(all, settings.warmupSeconds());

                log.printf(Locale.ROOT, "bench: stages on one thread…%n");
                Map<String, Double> stages = stageBench.measure(stageWorks);
                log.printf(Locale.ROOT, "bench: tokenizer yardstick on %d threads…%n", settings.threads());
                double tokenize = timing.medianSeconds(yardstick::run);
                log.printf(Locale.ROOT, "bench: whole pipeline on %d threads…%n", settings.threads());
                double wholeSeconds = timing.medianSeconds(whole);

                return new BenchReport(corpus.description(), n, megabytes, settings.threads(), settings.warmups(),
                        settings.warmupSeconds(), settings.runs(), n / wholeSeconds, megabytes / wholeSeconds, n / tokenize,
                        PeakHeap.megabytes(), PeakHeap.liveMegabytes(), stages);
            }
        }
    }

    /** What the index stage stores: each article as the pipeline analyses it, computed outside the timing. */
    private static List<Article> analysed(List<RawArticle> articles, Pipeline pipeline) {
        List<Article> analysed = new ArrayList<>(articles.size());
        for (RawArticle a : articles) analysed.add(pipeline.analyze(a));
        return analysed;
    }

    private static List<String> texts(List<RawArticle> articles) {
        List<String> texts = new ArrayList<>(articles.size());
        for (RawArticle a : articles) texts.add(a.text());
        return texts;
    }
}
