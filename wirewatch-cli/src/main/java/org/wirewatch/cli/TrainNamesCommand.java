package org.wirewatch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.wirewatch.core.extract.ner.learn.NameModelTrainer;
import org.wirewatch.core.kb.KnowledgeBases;
import org.wirewatch.core.lang.LanguagePacks;
import org.wirewatch.core.linguistics.morph.Morphology;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code wirewatch train names}: the name-type model of the entity recogniser. */
@Command(name = "names",
        mixinStandardHelpOptions = true,
        description = {
            "Trains the name-type model (person / place / organisation / not a name) by distant",
            "supervision from the shipped dictionaries (VESUM, LanguageTool Russian and English),",
            "the built-in knowledge base and CLDR, and writes it. Prints precision and recall on",
            "entries held out by base form. The defaults are the bundled model's settings: the same",
            "data and settings give a byte-identical file. Takes about a minute and ~2 GB of heap."},
        footer = {"", "Example (retrain the bundled model):",
            "  wirewatch train names --out wirewatch-core/src/main/resources/org/wirewatch/core/extract/ner/names.model"})
final class TrainNamesCommand implements Callable<Integer> {
    private static final NameModelTrainer.Settings BUNDLED = NameModelTrainer.BUNDLED;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Model file to write.")
    Path out;

    @Option(names = "--languages", split = ",", paramLabel = "LANG",
            description = "Dictionaries to learn from. Default: every language pack's dictionary (en, ru, uk).")
    List<String> languages;

    @Option(names = "--sampling", paramLabel = "N", description = "Share (per 1024) of inflected forms to consider. Default: ${DEFAULT-VALUE}.")
    int sampling = BUNDLED.sampling();

    @Option(names = "--epochs", paramLabel = "N", description = "Passes over the examples. Default: ${DEFAULT-VALUE}.")
    int epochs = BUNDLED.epochs();

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the shuffles. Default: ${DEFAULT-VALUE}.")
    long seed = BUNDLED.seed();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (sampling < 1 || sampling > 1024 || epochs < 1) {
            err.printf(Locale.ROOT, "error: need 1 <= --sampling <= 1024 and --epochs >= 1 (got %d, %d)%n", sampling, epochs);
            return Main.EXIT_USAGE;
        }
        Map<String, Morphology> all = NameModelTrainer.dictionaries(LanguagePacks.discover());
        Map<String, Morphology> chosen = new LinkedHashMap<>();
        for (String lang : languages == null ? List.copyOf(all.keySet()) : languages) {
            Morphology m = all.get(lang);
            if (m == null) {
                err.printf(Locale.ROOT, "error: no dictionary for language '%s' (have %s)%n", lang, String.join(", ", all.keySet()));
                return Main.EXIT_USAGE;
            }
            chosen.put(lang, m);
        }
        NameModelTrainer.Settings settings = new NameModelTrainer.Settings(BUNDLED.bits(), epochs, seed, sampling, BUNDLED.heldOutShare());
        PrintWriter report = spec.commandLine().getOut();
        new NameModelTrainer(settings, chosen, KnowledgeBases.builtIn()).trainTo(out, report);
        report.flush();
        return 0;
    }
}
