package org.wirewatch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.wirewatch.core.kb.ImportListener;
import org.wirewatch.core.kb.ImportSettings;
import org.wirewatch.core.kb.ImportSummary;
import org.wirewatch.core.kb.WikidataImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Imports people, organisations and places from a Wikidata JSON dump (latest-all.json.gz,",
            ".json.bz2 or plain .json), streaming it: labels and aliases in the chosen languages, the",
            "P31 classes and a type (PER/ORG/LOC) from them. Items with no label in those languages,",
            "or with no class Wirewatch types, are skipped. The result replaces the previous import",
            "under DIR/kb/ only once it is complete; analysis then uses it beside the built-in base."},
        footer = {"", "Example:", "  wirewatch kb import latest-all.json.gz --min-sitelinks 5"})
final class KbImportCommand implements Callable<Integer> {
    private static final long PROGRESS_NANOS = 5_000_000_000L;

    @Parameters(index = "0", paramLabel = "FILE", description = "The dump: JSON array, one entity a line.")
    Path dump;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "wirewatch-data",
            description = "Data directory (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--languages", split = ",", paramLabel = "LANG", defaultValue = "en,ru,uk",
            description = "Label languages to keep (default: ${DEFAULT-VALUE}).")
    List<String> languages;

    @Option(names = "--keep-untyped", description = "Keep items whose classes give no type, as MISC.")
    boolean keepUntyped;

    @Option(names = "--min-sitelinks", paramLabel = "N", defaultValue = "0",
            description = "Skip items linked from fewer than N Wikimedia pages (default: ${DEFAULT-VALUE}).")
    int minSitelinks;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(dump) || !Files.isReadable(dump)) {
            err.println("error: cannot read dump file " + dump);
            return Main.EXIT_USAGE;
        }
        if (minSitelinks < 0) {
            err.println("error: --min-sitelinks must be 0 or more");
            return Main.EXIT_USAGE;
        }
        ImportSettings settings = new ImportSettings(languages.stream().map(String::strip).toList(), keepUntyped, minSitelinks);
        ImportSummary s;
        try {
            s = WikidataImport.run(dump, dataDir, settings, new Listener(err));
        } catch (IOException e) {
            // A truncated archive or a full disk: nothing half-written is published.
            err.println("error: " + dump + ": import stopped: " + e.getMessage() + "; the previous import, if any, is kept");
            return 1;
        }
        err.printf(Locale.ROOT, "kb import: %,d lines, %,d entities read, %,d kept; skipped %,d without %s labels,"
                        + " %,d untyped, %,d filtered; %,d malformed%s%n",
                s.lines(), s.items(), s.kept(), s.withoutLabels(), String.join("/", settings.languages()), s.untyped(),
                s.filtered(), s.malformedCount(), s.malformed().isEmpty() ? "" : " (lines " + lineList(s) + ")");
        err.println("kb import: wrote " + WikidataImport.storedFile(dataDir));
        return ExitStatus.ofFailures(s.malformedCount());
    }

    private static String lineList(ImportSummary s) {
        String list = String.join(", ", s.malformed().stream().map(String::valueOf).toList());
        return s.malformedCount() > s.malformed().size() ? list + ", …" : list;
    }

    /** Errors as they come; progress every few seconds, one line each so logs stay readable. */
    private static final class Listener implements ImportListener {
        private final PrintWriter err;
        private final long started = System.nanoTime();
        private long lastProgress = started;

        Listener(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void malformed(String file, long line, String message) {
            err.println("error: " + file + ":" + line + ": malformed entity skipped: " + message);
        }

        @Override
        public void progress(long lines, long kept) {
            long now = System.nanoTime();
            if (now - lastProgress < PROGRESS_NANOS) return;
            lastProgress = now;
            double seconds = (now - started) / 1e9;
            err.printf(Locale.ROOT, "kb import: %,d lines, %,d kept, %,.0f lines/s%n", lines, kept, lines / seconds);
        }
    }
}
