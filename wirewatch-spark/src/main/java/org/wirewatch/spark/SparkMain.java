package org.wirewatch.spark;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.wirewatch.core.lang.LanguageIdentifier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The Spark application's entry point, for {@code spark-submit} (master from spark-submit) and for
 * {@code wirewatch spark} (in-process, {@code local[*]} unless {@code --master} says otherwise).
 */
@Command(name = "wirewatch-spark",
        mixinStandardHelpOptions = true,
        description = {
            "Runs the Wirewatch pipeline on Apache Spark and writes Parquet tables",
            "articles, entities, quotes, events, amounts, stories and errors under --output",
            "(schemas: docs/spark.md). Inputs are JSONL, WARC, HTML, feeds or text files,",
            "gzipped or not, on any Hadoop path (file://, hdfs://, s3a://)."})
public final class SparkMain implements Callable<Integer> {
    @Option(names = "--input", required = true, split = ",", paramLabel = "PATH",
            description = "Input files, directories (read recursively) or globs; comma-separated or repeated.")
    List<String> inputs;

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "Directory for the tables (replaced).")
    String output;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master. Default: the one spark-submit gives, else local[*].")
    String master;

    @Option(names = "--partitions", paramLabel = "N",
            description = "Analysis partitions. Default: three per core of the cluster.")
    int partitions;

    @Option(names = "--jsonl", description = "Also write the article records as JSONL (articles.jsonl/part-*).")
    boolean jsonl;

    @Option(names = "--raw", description = "Keep the text exactly as given (no cleaning), as analyze --raw.")
    boolean raw;

    @Option(names = "--languages", split = ",", paramLabel = "CODE",
            description = "Languages to identify among (ISO 639-1). Default: ${DEFAULT-VALUE}.")
    List<String> languages = LanguageIdentifier.defaultLanguages().stream().sorted().toList();

    @Option(names = "--ner", paramLabel = "model|rules",
            description = "Who decides the names: the trained sequence model of the language where installed, else the rules; "
                    + "or the rules alone. Default: model.")
    org.wirewatch.core.extract.ner.NerMode ner = org.wirewatch.core.extract.ner.NerMode.MODEL;

    @Option(names = "--window-days", paramLabel = "DAYS",
            description = "Stories are clustered in windows of this many days of publication. Default: ${DEFAULT-VALUE}.")
    int windowDays = 1;

    @Option(names = "--overlap-days", paramLabel = "DAYS",
            description = "Each window also re-clusters this many last days of the window before, to link stories "
                    + "across the boundary (1 to --window-days). Default: ${DEFAULT-VALUE}.")
    int overlapDays = 1;

    @Option(names = "--no-stories", description = "Do not cluster stories (no stories table; articles without story).")
    boolean noStories;

    @Option(names = "--solr", paramLabel = "ZK_OR_URL",
            description = "Also store the articles in a SolrCloud collection, from the executors: its ZooKeeper hosts "
                    + "(zk1:2181/solr) or Solr URLs; with --collection. One commit when every task succeeded (docs/solr.md).")
    String solr;

    @Option(names = "--collection", paramLabel = "NAME", description = "The Solr collection (made by `wirewatch solr init`).")
    String collection;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * Exits with a non-zero status only when the job could not run: bad records are data (the
     * {@code errors} table), and a non-zero exit would make a cluster report the application failed.
     */
    public static void main(String[] args) {
        int status = new CommandLine(new SparkMain()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
        if (status != 0) System.exit(status);
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        JobSettings settings = new JobSettings(inputs, output, new AnalysisSpec(raw, languages, ner), partitions, jsonl,
                noStories ? null : new StoryWindowSpec(windowDays, overlapDays), solrTarget());
        try (SparkSession spark = session()) {
            long started = System.nanoTime();
            JobSummary summary = new WirewatchJob(spark).run(settings);
            out.printf(java.util.Locale.ROOT, "wirewatch spark: %s rows written to %s in %.1f s%n",
                    summary, output, (System.nanoTime() - started) / 1e9);
            if (summary.solr() != null) out.printf("wirewatch spark: Solr collection %s: %s%n", collection, summary.solr());
            out.flush();
            return 0;
        } catch (IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
            spec.commandLine().getErr().println("wirewatch spark: " + e.getMessage());
            return EXIT_STORE;
        }
    }

    /** The exit status when the Solr collection cannot be reached or written (the Parquet tables may be written). */
    static final int EXIT_STORE = 74;

    private SolrTarget solrTarget() {
        if ((solr == null) != (collection == null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--solr and --collection go together");
        }
        if (solr == null) return null;
        try {
            return new SolrTarget(solr, collection);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private SparkSession session() {
        SparkSession.Builder builder = SparkSession.builder().appName("wirewatch");
        if (master != null) builder.master(master);
        else if (!new SparkConf().contains("spark.master")) builder.master("local[*]");
        return builder.getOrCreate();
    }
}
