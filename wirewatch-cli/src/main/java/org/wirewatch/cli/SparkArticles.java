package org.wirewatch.cli;

import com.fasterxml.jackson.databind.ObjectReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.wirewatch.core.output.ArticleJson;
import org.wirewatch.core.model.Article;

/**
 * The analysed articles of a {@code wirewatch spark} run, read from its Parquet {@code articles}
 * table by the Spark module in a JVM of its own (Spark never enters the CLI's class path).
 * They are already analysed: nothing is analysed twice.
 */
final class SparkArticles {
    private final SparkModule module;
    private final PrintWriter err;
    private final ObjectReader reader = new ArticleJson().mapper().readerFor(Article.class);

    SparkArticles(SparkModule module, PrintWriter err) {
        this.module = module;
        this.err = err;
    }

    /** Hands each article of the run in {@code outputDir} to {@code consumer}; unreadable records are reported and counted as failures. */
    void read(String outputDir, Consumer<Article> consumer, Progress meter) throws IOException, InterruptedException {
        Process reading = new ProcessBuilder(module.command(SparkModule.ARTICLES_TO_JSONL, List.of(outputDir))).start();
        Thread errors = copyInBackground(reading.getErrorStream());
        long line = 0;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(reading.getInputStream(), StandardCharsets.UTF_8))) {
            for (String json; (json = lines.readLine()) != null; ) {
                line++;
                try {
                    consumer.accept(reader.readValue(json));
                    meter.succeeded();
                } catch (IOException | RuntimeException e) {
                    if (e instanceof UncheckedIOException) throw (UncheckedIOException) e;
                    meter.failed();
                    err.printf("wirewatch ingest: %s: articles record %d: %s%n", outputDir, line, e.getMessage());
                }
            }
        }
        int status = reading.waitFor();
        errors.join();
        if (status != 0) throw new IOException("reading the Spark output in " + outputDir + " failed (exit " + status + ", messages above)");
    }

    private Thread copyInBackground(InputStream in) {
        Thread copier = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String l; (l = lines.readLine()) != null; ) if (!l.isBlank()) err.println(l);
            } catch (IOException e) {
                err.println("wirewatch ingest: lost the Spark reader's messages: " + e.getMessage());
            }
            err.flush();
        }, "wirewatch-parquet-stderr");
        copier.setDaemon(true);
        copier.start();
        return copier;
    }
}
