package org.wirewatch.bench.run;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.wirewatch.core.app.Resources;
import org.wirewatch.core.app.Wirewatch;
import org.wirewatch.core.clean.TextCleaner;
import org.wirewatch.core.kb.KnowledgeBases;
import org.wirewatch.core.lang.LanguageIdentifier;
import org.wirewatch.core.model.RawArticle;
import org.wirewatch.core.pipeline.Pipeline;
import org.wirewatch.core.pipeline.PipelineSettings;

/**
 * CPU time per article of {@code Pipeline.analyze} and of each stage alone, all on the calling
 * thread, read from {@link ThreadMXBean}. Wall-clock rates on a machine other processes share
 * measure the other processes too; the CPU time of the one analysing thread is what the code
 * costs, so two builds run side by side under the same load can be compared (the shared caches
 * still make it drift with the load: compare only runs made at the same time).
 *
 * <pre>{@code
 * CpuReport report = new CpuBench().run(settings, new PrintWriter(System.err, true));
 * }</pre>
 */
public final class CpuBench {

    /**
     * @param log receives one line per step
     * @throws IllegalStateException         if this JVM cannot measure a thread's CPU time
     * @throws IllegalArgumentException      if the corpus holds no article
     */
    public CpuReport run(BenchSettings settings, PrintWriter log) throws IOException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        if (!threads.isCurrentThreadCpuTimeSupported()) throw new IllegalStateException("this JVM cannot measure a thread's CPU time");
        if (!threads.isThreadCpuTimeEnabled()) threads.setThreadCpuTimeEnabled(true);
        try (BenchCorpus corpus = BenchCorpus.open(settings)) {
            List<RawArticle> articles = corpus.articles();
            if (articles.isEmpty()) throw new IllegalArgumentException("no article could be read from " + corpus.description());
            int n = articles.size();
            log.printf(Locale.ROOT, "bench --cpu: %,d articles (%s)%n", n, corpus.description());
            Timing timing = new Timing(settings.warmups(), settings.runs(), threads::getCurrentThreadCpuTime);
            TextCleaner cleaner = new TextCleaner();
            LanguageIdentifier languages = new LanguageIdentifier(settings.languages());
            StageBench stageBench = new StageBench(corpus, timing, cleaner, languages, settings.ner());
            Map<String, Timing.Work> works = new LinkedHashMap<>();
            Pipeline pipeline = new Wirewatch(Resources.with(KnowledgeBases.builtIn()),
                    new PipelineSettings(false, settings.languages(), settings.ner())).pipeline();
            works.put(CpuReport.WHOLE, () -> analyse(pipeline, articles));
            works.putAll(stageBench.works(StageInputs.of(articles, cleaner, languages)));
            log.printf(Locale.ROOT, "bench --cpu: warming up everything for %.0f s…%n", settings.warmupSeconds());
            timing.warmUp(List.copyOf(works.values()), settings.warmupSeconds());
            Map<String, Double> msPerArticle = new LinkedHashMap<>();
            for (Map.Entry<String, Timing.Work> work : works.entrySet()) {
                log.printf(Locale.ROOT, "bench --cpu: %s…%n", work.getKey());
                msPerArticle.put(work.getKey(), timing.medianSeconds(work.getValue()) * 1000 / n);
            }
            return new CpuReport(corpus.description(), n, settings.warmups(), settings.warmupSeconds(), settings.runs(), msPerArticle);
        }
    }

    /** The pipeline as one analysing thread runs it: read and JSON are left out, since they are not analysis. */
    private static long analyse(Pipeline pipeline, List<RawArticle> articles) {
        long found = 0;
        for (RawArticle a : articles) found += pipeline.analyze(a).entities().size() + 1;
        return found;
    }
}
