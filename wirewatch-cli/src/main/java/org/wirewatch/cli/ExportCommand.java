package org.wirewatch.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.wirewatch.core.output.CsvExportFormat;
import org.wirewatch.core.output.GdeltEventsFormat;
import org.wirewatch.core.output.GdeltMentionsFormat;
import org.wirewatch.core.output.GkgFormat;
import org.wirewatch.core.output.ExportFormat;
import org.wirewatch.core.output.ExportWriter;
import org.wirewatch.core.output.JsonlExportFormat;
import org.wirewatch.index.SearchRequest;
import org.wirewatch.index.ArticleIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "export",
        mixinStandardHelpOptions = true,
        description = {"Writes the stored articles out in one format, in the order they were stored.",
            "Formats: jsonl (the full article records), csv (one row per article)."},
        footer = {"", "Example:", "  wirewatch export --format csv -o articles.csv"})
final class ExportCommand implements Callable<Integer> {
    /** Every export format, looked up by name; a new format is one more entry here. */
    static final List<ExportFormat> FORMATS = List.of(new JsonlExportFormat(), new CsvExportFormat(), new GdeltEventsFormat(), new GdeltMentionsFormat(),
            new GkgFormat());

    @Option(names = "--format", paramLabel = "NAME", required = true, description = "jsonl, csv, gdelt-events (GDELT 2.0 event table: one row per event, its reports linked across articles), gdelt-mentions (GDELT 2.0 Mentions table: one row per report) or gkg (GKG 2.1 rows); layouts in docs/events.md.")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    @Option(names = "--lang", paramLabel = "L", description = "Only articles in this language.")
    String lang;

    @Mixin
    DataOptions dataOptions;

    @Mixin
    SolrOptions solrOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        ExportFormat chosen = FORMATS.stream().filter(f -> f.name().equals(format)).findFirst()
                .orElseThrow(() -> new ParameterException(spec.commandLine(), "unknown --format '" + format + "'; known: "
                        + String.join(", ", FORMATS.stream().map(ExportFormat::name).toList())));
        try (ArticleIndex index = dataOptions.openReadOnly(solrOptions, spec)) {
            if (output == null) {
                export(index, chosen, spec.commandLine().getOut());
            } else {
                try (Writer file = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(output), StandardCharsets.UTF_8))) {
                    export(index, chosen, file);
                }
            }
        } catch (IOException e) {
            return StoreFailure.report(spec.commandLine().getErr(), "export", e);
        }
        return 0;
    }

    private void export(ArticleIndex index, ExportFormat chosen, Writer out) throws IOException {
        try (ExportWriter rows = chosen.open(out)) {
            index.forEach(SearchRequest.all().withLang(lang), article -> {
                try {
                    rows.write(article);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        out.flush();
    }
}
