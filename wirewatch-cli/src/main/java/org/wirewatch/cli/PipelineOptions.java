package org.wirewatch.cli;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.wirewatch.core.lang.LanguageIdentifier;
import org.wirewatch.core.pipeline.PipelineSettings;
import picocli.CommandLine.Option;

/** Options every verb that runs the analysis pipeline shares. */
final class PipelineOptions {
    @Option(names = "--languages", split = ",", paramLabel = "CODE",
            description = "Languages to identify among (ISO 639-1, comma-separated). Default: ${DEFAULT-VALUE}.")
    List<String> languages = List.copyOf(LanguageIdentifier.defaultLanguages().stream().sorted().toList());

    @Option(names = "--threads", paramLabel = "N",
            description = "Analysis threads. Default: the number of cores (${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    PipelineSettings settings(boolean raw) {
        Set<String> codes = new LinkedHashSet<>(languages);
        return new PipelineSettings(raw, codes);
    }
}
