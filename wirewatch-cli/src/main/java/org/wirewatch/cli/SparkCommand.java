package org.wirewatch.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "spark",
        mixinStandardHelpOptions = true,
        description = {
            "Runs the pipeline as an Apache Spark job and writes Parquet tables articles,",
            "entities, quotes, events, amounts, stories and errors under --output (docs/spark.md).",
            "Inputs are any files analyze reads, on any Hadoop path (file://, hdfs://, s3a://).",
            "Runs in a JVM of its own with Spark in local mode (local[*]) unless --master",
            "names a cluster; for a real cluster use spark-submit (README, Running on Spark)."},
        footer = {"", "Examples:", "  wirewatch spark --input day.jsonl.gz,crawl/ --output tables/ --jsonl",
            "  wirewatch spark --input day.jsonl.gz --output tables/ --solr zk1:2181/solr --collection news   # also into SolrCloud"})
final class SparkCommand implements Callable<Integer> {
    /** sysexits EX_UNAVAILABLE: the Spark module is not built. */
    static final int EXIT_UNAVAILABLE = 69;

    @Option(names = "--input", required = true, split = ",", paramLabel = "PATH",
            description = "Input files, directories (read recursively) or globs; comma-separated or repeated.")
    List<String> inputs;

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "Directory for the tables (replaced).")
    String output;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master. Default: ${DEFAULT-VALUE}.")
    String master = "local[*]";

    @Option(names = "--partitions", paramLabel = "N", description = "Analysis partitions. Default: three per core.")
    Integer partitions;

    @Option(names = "--jsonl", description = "Also write the article records as JSONL (articles.jsonl/part-*).")
    boolean jsonl;

    @Option(names = "--raw", description = "Keep the text exactly as given (no cleaning).")
    boolean raw;

    @Option(names = "--ner", paramLabel = "model|rules", description = "NER models (where installed) or the rules alone. Default: model.")
    String ner;

    @Option(names = "--languages", split = ",", paramLabel = "CODE", description = "Languages to identify among (ISO 639-1).")
    List<String> languages;

    @Option(names = "--window-days", paramLabel = "DAYS", description = "Story windows, in days of publication. Default: 1.")
    Integer windowDays;

    @Option(names = "--overlap-days", paramLabel = "DAYS",
            description = "Days of the previous window each window re-clusters to link stories across it. Default: 1.")
    Integer overlapDays;

    @Option(names = "--no-stories", description = "Do not cluster stories.")
    boolean noStories;

    @Mixin
    SolrOptions solrOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        SparkModule module = new SparkModule(SparkModule.defaultTarget());
        var missing = module.missing();
        if (missing.isPresent()) {
            err.printf("error: the Spark module is not built (%s is missing); build it with:%n  %s%n",
                    missing.get(), SparkModule.BUILD_COMMAND);
            return EXIT_UNAVAILABLE;
        }
        Process job = new ProcessBuilder(module.command(jobArguments())).start();
        Thread errors = copyInBackground(job.getErrorStream(), err);
        copy(job.getInputStream(), spec.commandLine().getOut());
        int status = job.waitFor();
        errors.join();
        return status;
    }

    List<String> jobArguments() {
        List<String> args = new ArrayList<>(List.of("--input", String.join(",", inputs), "--output", output, "--master", master));
        if (partitions != null) args.addAll(List.of("--partitions", partitions.toString()));
        if (jsonl) args.add("--jsonl");
        if (raw) args.add("--raw");
        if (ner != null) args.addAll(List.of("--ner", ner));
        if (languages != null) args.addAll(List.of("--languages", String.join(",", languages)));
        if (windowDays != null) args.addAll(List.of("--window-days", windowDays.toString()));
        if (overlapDays != null) args.addAll(List.of("--overlap-days", overlapDays.toString()));
        if (noStories) args.add("--no-stories");
        if (solrOptions.chosen(spec)) args.addAll(List.of("--solr", solrOptions.solr, "--collection", solrOptions.collection));
        return args;
    }

    private static Thread copyInBackground(InputStream in, PrintWriter to) {
        Thread copier = new Thread(() -> copy(in, to), "wirewatch-spark-stderr");
        copier.setDaemon(true);
        copier.start();
        return copier;
    }

    private static void copy(InputStream in, PrintWriter to) {
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            char[] buffer = new char[8192];
            for (int n; (n = reader.read(buffer)) >= 0; ) {
                to.write(buffer, 0, n);
                to.flush();
            }
        } catch (IOException e) {
            to.println("wirewatch spark: lost the job's output: " + e.getMessage());
        }
    }
}
