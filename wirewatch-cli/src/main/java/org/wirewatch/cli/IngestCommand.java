package org.wirewatch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.wirewatch.core.ingest.InputLimits;
import org.wirewatch.index.ArticleIndex;
import org.wirewatch.index.BatchedCommits;
import org.wirewatch.index.IndexLockedException;
import org.wirewatch.index.WirewatchIndex;
import org.wirewatch.index.alerts.Alerts;
import org.wirewatch.server.ServerSettings;
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
            "Only one process writes an index: while `serve`, `watch` or another `ingest` holds it, ingest exits with 74; "
                + "send the articles to a running server with --via instead.",
            "Exit status: 0 when everything was read and stored, else the number of inputs that failed (at most 63); "
                + "74 when the index cannot be opened or written (held by another process, disk full) or the --via server cannot be reached."},
        footer = {"", "Examples:", "  wirewatch ingest examples/corpus --data wirewatch-data",
            "  wirewatch ingest --parquet spark-out --data wirewatch-data",
            "  wirewatch ingest new-articles.jsonl --via http://127.0.0.1:7070   # beside a running `wirewatch serve`"})
final class IngestCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files or directories, or '-' for standard input.")
    List<String> inputs = List.of();

    @Option(names = "--parquet", paramLabel = "DIR", description = "Store the analysed articles of a `wirewatch spark` run "
            + "(its --output DIR) instead of analysing inputs; needs the Spark module built (the launcher builds it).")
    String parquet;

    @Option(names = "--via", paramLabel = "URL", description = "Send the articles to the `wirewatch serve` at URL, which "
            + "analyses and stores them (its api.token is read from DATA/server.properties, when there).")
    String via;

    @Option(names = "--raw", description = "Keep the text exactly as given (no cleaning).")
    boolean raw;

    @Option(names = "--batch", paramLabel = "N", description = "Commit every N new articles. Default: ${DEFAULT-VALUE}.")
    int batch = BatchedCommits.DEFAULT_BATCH;

    @Option(names = "--progress", negatable = true, description = "Show progress on standard error (default: when it is a terminal).")
    Boolean progress;

    @Mixin
    PipelineOptions pipelineOptions;

    @Mixin
    SolrOptions solrOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        if ((parquet == null) == inputs.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "give the PATHs to analyse, or --parquet DIR (not both)");
        }
        if (via != null) return viaServer(err);
        SparkModule spark = new SparkModule(SparkModule.defaultTarget());
        if (parquet != null && spark.missing().isPresent()) {
            err.printf("wirewatch ingest: the Spark module is not built (%s is missing); build it with:%n  %s%n",
                    spark.missing().get(), SparkModule.BUILD_COMMAND);
            return SparkCommand.EXIT_UNAVAILABLE;
        }
        boolean onSolr = solrOptions.chosen(spec);
        if (onSolr && via != null) throw new ParameterException(spec.commandLine(), "--via and --solr are two different stores: give one");
        try (ArticleIndex index = onSolr ? solrOptions.open(spec, pipelineOptions.knowledgeBase(), pipelineOptions.packs(), true)
                : WirewatchIndex.open(pipelineOptions.data, pipelineOptions.knowledgeBase(), pipelineOptions.packs());
             Alerts alerts = Alerts.open(pipelineOptions.data, err::println)) {
            IndexIngest ingest = new IndexIngest(index, SolrOptions.stories(index, pipelineOptions), alerts, pipelineOptions.pipeline(raw),
                    pipelineOptions.threads, batch, err, progress);
            IndexIngest.Outcome outcome = parquet != null
                    ? ingest.ingestSparkOutput(new SparkArticles(spark, err), parquet)
                    : ingest.ingest(inputs, InputLimits.defaults());
            err.println(outcome.summary("ingest"));
            return ExitStatus.ofFailures(outcome.failed());
        } catch (IndexLockedException e) {
            err.println("wirewatch ingest: " + e.getMessage() + "; beside a running `wirewatch serve`, send the articles "
                    + "to it with --via http://127.0.0.1:" + ServerSettings.DEFAULT_PORT);
            return StoreFailure.EXIT_IO;
        } catch (IOException e) {
            return StoreFailure.report(err, "ingest", e);
        } catch (java.io.UncheckedIOException e) {
            // a commit that failed mid-run (a full disk): say why, and that the committed part is safe
            err.println("wirewatch ingest: " + e.getMessage() + ": " + e.getCause().getMessage()
                    + "; ingest stopped, everything reported before this is committed");
            return StoreFailure.EXIT_IO;
        }
    }

    private int viaServer(PrintWriter err) throws IOException {
        if (parquet != null || raw) throw new ParameterException(spec.commandLine(), "--via sends inputs to the server as they are; it does not take --parquet or --raw");
        String token = ServerSettings.loopback(0).withConfigFrom(pipelineOptions.data.resolve("server.properties")).token();
        HttpIngest ingest = new HttpIngest(via, token, err);
        try {
            err.println(ingest.run(inputs));
        } catch (HttpIngest.Unreachable e) {
            return StoreFailure.report(err, "ingest", e);
        }
        return ExitStatus.ofFailures(ingest.failed());
    }
}
