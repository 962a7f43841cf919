package org.wirewatch.bench.jmh;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.wirewatch.core.output.ArticleJson;
import org.wirewatch.core.model.RawArticle;
import org.wirewatch.core.model.SourceRef;
import org.wirewatch.core.pipeline.Pipeline;
import org.wirewatch.core.lang.LanguageIdentifier;
import org.wirewatch.core.pipeline.PipelineSettings;

/**
 * One article through the whole pipeline and out as a JSON line, without reading or threads:
 * what one core does per article. Compare with {@link TokenizerBenchmark} on the same pages.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 3)   // C2 reaches the cleaner's deep call chain only after ~12 s on two busy cores
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class PipelineBenchmark {
    private Pipeline pipeline;
    private final ArticleJson json = new ArticleJson();
    private List<RawArticle> articles;
    private int next;

    @Setup
    public void setUp() {
        pipeline = new Pipeline(new PipelineSettings(false, Set.copyOf(LanguageIdentifier.defaultLanguages())));
        // Without the declared language, as scraped pages come: the document's language is identified too.
        articles = GeneratedTexts.of("all", 300).stream()
                .map(a -> RawArticle.ofText(a.id(), a.text(), SourceRef.of(a.id())))
                .toList();
    }

    @Benchmark
    public String analyzeAndSerialise() {
        RawArticle article = articles.get(next);
        next = next + 1 == articles.size() ? 0 : next + 1;
        return json.toLine(pipeline.analyze(article));
    }
}
