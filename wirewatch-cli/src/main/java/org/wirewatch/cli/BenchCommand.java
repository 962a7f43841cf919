package org.wirewatch.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.concurrent.Callable;
import org.wirewatch.bench.corpus.CorpusGenerator;
import org.wirewatch.bench.micro.MicroData;
import org.wirewatch.bench.micro.Microbenchmarks;
import org.wirewatch.bench.run.BenchReport;
import org.wirewatch.bench.run.BenchRunner;
import org.wirewatch.bench.run.BenchSettings;
import org.wirewatch.bench.run.CpuBench;
import org.wirewatch.bench.run.CpuReport;
import org.wirewatch.core.output.ArticleJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench",
        mixinStandardHelpOptions = true,
        description = {
            "Measures how fast the pipeline runs, against bare tokenisation.",
            "Throughput in articles/s and MB/s of the whole pipeline (read,",
            "analyse on N threads, write JSON) and of each stage alone on one thread,",
            "against bare tokenisation of the same text (Lucene StandardAnalyzer)",
            "in the same run; and the peak heap. Medians of runs after warm-up.",
            "Without --corpus it generates a multilingual corpus in memory.",
            "The index stage stores the analysed articles in a temporary Lucene store.",
            "--micro NAME runs one focused micro-benchmark instead (--micro list names them,",
            "--micro all runs each in turn). --cpu reports the CPU time per article of",
            "the analysing thread instead, for comparing builds on a busy machine.",
            "Method and figures: BENCHMARKS.md."},
        footer = {"", "Examples:", "  wirewatch bench", "  wirewatch bench --corpus day.jsonl.gz --articles 20000 --threads 2 --json",
            "  wirewatch bench --cpu --articles 1000",
            "  wirewatch bench --micro list", "  wirewatch bench --micro names"})
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--corpus", paramLabel = "PATH", description = "Any input analyze accepts. Default: a generated corpus.")
    Path corpus;

    @Option(names = "--articles", paramLabel = "N",
            description = "Articles to generate, or at most to read from --corpus. Default: ${DEFAULT-VALUE}.")
    int articles = BenchSettings.DEFAULT_ARTICLES;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the generated corpus. Default: ${DEFAULT-VALUE}.")
    long seed = BenchSettings.DEFAULT_SEED;

    @Option(names = "--warmup", paramLabel = "W", description = "Unmeasured runs right before each measurement. Default: ${DEFAULT-VALUE}.")
    int warmups = BenchSettings.DEFAULT_WARMUPS;

    @Option(names = "--warmup-seconds", paramLabel = "S",
            description = "First run all the work in turn this long, unmeasured, so the JIT has compiled it. Default: ${DEFAULT-VALUE}.")
    double warmupSeconds = BenchSettings.DEFAULT_WARMUP_SECONDS;

    @Option(names = "--runs", paramLabel = "R", description = "Measured runs; the median is reported. Default: ${DEFAULT-VALUE}.")
    int runs = BenchSettings.DEFAULT_RUNS;

    @Option(names = "--json", description = "Print only one JSON object (one line) on standard output.")
    boolean json;

    @Option(names = "--micro", paramLabel = "NAME|all|list",
            description = "Run a micro-benchmark (seeds from ../shared, examples/corpus: run from the repository root) instead.")
    String micro;

    @Option(names = "--cpu",
            description = "Report CPU ms per article of Pipeline.analyze and of each stage, all on one thread (ThreadMXBean).")
    boolean cpu;

    @Mixin
    PipelineOptions pipelineOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (micro != null) return micro(out, err);
        if (corpus != null && !Files.exists(corpus)) {
            err.println("error: no such corpus: " + corpus);
            return Main.EXIT_USAGE;
        }
        if (articles < 2 || runs < 1 || warmups < 0 || warmupSeconds < 0 || pipelineOptions.threads < 1) {
            err.println("error: need --articles >= 2, --runs >= 1, --warmup >= 0, --warmup-seconds >= 0 and --threads >= 1");
            return Main.EXIT_USAGE;
        }
        BenchSettings settings = new BenchSettings(corpus, articles, CorpusGenerator.defaultStories(articles), seed,
                pipelineOptions.threads, warmups, warmupSeconds, runs, new LinkedHashSet<>(pipelineOptions.languages),
                pipelineOptions.ner);
        if (cpu) {
            CpuReport report = new CpuBench().run(settings, err);
            out.println(json ? new ArticleJson().mapper().writeValueAsString(report.toJson()) : report.toText());
            out.flush();
            return 0;
        }
        BenchReport report = new BenchRunner().run(settings, err);
        out.println(json ? new ArticleJson().mapper().writeValueAsString(report.toJson()) : report.toText());
        out.flush();
        return 0;
    }

    /** Micro-benchmarks print as they go, so their output is not held back until the end. */
    private int micro(PrintWriter out, PrintWriter err) {
        Microbenchmarks benchmarks = new Microbenchmarks(MicroData.fromWorkingDirectory());
        if (micro.equals("list")) {
            out.print(benchmarks.listing());
            out.flush();
            return 0;
        }
        if (!micro.equals("all") && benchmarks.find(micro).isEmpty()) {
            err.printf("error: no micro-benchmark '%s'; there are:%n%s", micro, benchmarks.listing());
            return Main.EXIT_USAGE;
        }
        PrintStream stream = new PrintStream(new WriterOutputStream(out), true, StandardCharsets.UTF_8);
        int failed = benchmarks.run(micro, stream);
        stream.flush();
        return Math.min(failed, 63);
    }
}
