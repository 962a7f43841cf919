package org.wirewatch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.wirewatch.core.ingest.InputLimits;
import org.wirewatch.index.BatchedCommits;
import org.wirewatch.index.StoredStories;
import org.wirewatch.index.WirewatchIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "ingest",
        mixinStandardHelpOptions = true,
        description = {
            "Analyses articles and stores them in the index under --data, for search, export and serve.",
            "Inputs are read like `analyze` reads them. Re-ingesting an article already stored (same id or same "
                + "title and text) changes nothing. Articles are committed in batches: after a crash, everything "
                + "committed is there and the index opens.",
            "Exit status: 0 when everything was read and stored, else the number of inputs that failed (at most 63)."},
        footer = {"", "Examples:", "  wirewatch ingest examples/corpus --data wirewatch-data",
            "  wirewatch ingest --parquet spark-out --data wirewatch-data"})
final class IngestCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files or directories, or '-' for standard input.")
    List<String> inputs = List.of();

    @Option(names = "--parquet", paramLabel = "DIR", description = "Store the analysed articles of a `wirewatch spark` run "
            + "(its --output DIR) instead of analysing inputs; needs the Spark module built (the launcher builds it).")
    String parquet;

    @Option(names = "--raw", description = "Keep the text exactly as given (no cleaning).")
    boolean raw;

    @Option(names = "--batch", paramLabel = "N", description = "Commit every N new articles. Default: ${DEFAULT-VALUE}.")
    int batch = BatchedCommits.DEFAULT_BATCH;

    @Option(names = "--progress", negatable = true, description = "Show progress on standard error (default: when it is a terminal).")
    Boolean progress;

    @Mixin
    PipelineOptions pipelineOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        if ((parquet == null) == inputs.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "give the PATHs to analyse, or --parquet DIR (not both)");
        }
        SparkModule spark = new SparkModule(SparkModule.defaultTarget());
        if (parquet != null && spark.missing().isPresent()) {
            err.printf("wirewatch ingest: the Spark module is not built (%s is missing); build it with:%n  %s%n",
                    spark.missing().get(), SparkModule.BUILD_COMMAND);
            return SparkCommand.EXIT_UNAVAILABLE;
        }
        try (WirewatchIndex index = WirewatchIndex.open(pipelineOptions.data, pipelineOptions.knowledgeBase())) {
            IndexIngest ingest = new IndexIngest(index, StoredStories.open(pipelineOptions.data, pipelineOptions.packs()),
                    pipelineOptions.pipeline(raw), pipelineOptions.threads, batch, err, progress);
            IndexIngest.Outcome outcome = parquet != null
                    ? ingest.ingestSparkOutput(new SparkArticles(spark, err), parquet)
                    : ingest.ingest(inputs, InputLimits.defaults());
            err.println(outcome.summary("ingest"));
            return ExitStatus.ofFailures(outcome.failed());
        } catch (IOException e) {
            return StoreFailure.report(err, "ingest", e);
        }
    }
}
