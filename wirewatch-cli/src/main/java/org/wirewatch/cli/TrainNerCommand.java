package org.wirewatch.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.wirewatch.core.lang.LanguagePacks;
import org.wirewatch.core.extract.ner.sequence.FeatureGroups;
import org.wirewatch.core.extract.ner.sequence.GoldDocument;
import org.wirewatch.core.extract.ner.sequence.NerTraining;
import org.wirewatch.core.extract.ner.sequence.SequenceModel;
import org.wirewatch.core.extract.ner.sequence.SpanScores;
import org.wirewatch.core.extract.ner.sequence.TrainingSettings;
import org.wirewatch.core.kb.KnowledgeBases;
import org.wirewatch.core.linguistics.morph.Morphologies;
import org.wirewatch.core.linguistics.morph.Morphology;
import org.wirewatch.core.linguistics.text.TextSplitter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code wirewatch train ner}: the sequence model of the entity recogniser for one language. */
@Command(name = "ner",
        mixinStandardHelpOptions = true,
        description = {
            "Trains the sequence NER model (BILOU tags for PER/ORG/LOC, averaged perceptron, Viterbi)",
            "for one language from gold JSONL files (id, lang, text, entities with start/end/type) and",
            "writes it. Progress goes to standard error; with --dev, P/R/F1 per type of the model alone.",
            "With --cv-folds K, writes no model: k-fold cross-validation over the --extra file instead",
            "(each fold held out once, scored through the whole pipeline as eval ner scores it).",
            "The same files, options and seed give a byte-identical model."},
        footer = {"", "Example (rebuild the shipped English model, docs/models.md):",
            "  wirewatch train ner --lang en --train ../shared/evaldata/train/ner-en.train.jsonl \\",
            "      --dev ../shared/evaldata/dev/ner-en.jsonl --out wirewatch-models/src/main/resources/org/wirewatch/models/ner/en.model",
            "Cross-validate training on a file's own folds as well (docs/models.md, Russian):",
            "  wirewatch train ner --lang ru --train ../shared/evaldata/train/ner-ru.train.jsonl \\",
            "      --extra ../shared/evaldata/dev/ner-ru.jsonl --extra-repeat 2 --features=all,adapt,script,heads --cv-folds 5"})
final class TrainNerCommand implements Callable<Integer> {
    @Option(names = "--lang", required = true, paramLabel = "L", description = "Language of the model (en, ru, uk).")
    String lang;

    @Option(names = "--train", required = true, arity = "1..*", paramLabel = "FILE", description = "Gold JSONL files to train on.")
    List<Path> train;

    @Option(names = "--out", paramLabel = "FILE", description = "Model file to write (required unless --cv-folds).")
    Path out;

    @Option(names = "--extra", paramLabel = "FILE",
            description = "A gold file in the target annotation convention, trained on as it is (--drop-lowercase-spans and "
                    + "--split-trailing-places apply to --train only), after the --train files; split into folds with --cv-folds.")
    Path extra;

    @Option(names = "--extra-repeat", paramLabel = "N",
            description = "Copies of each --extra document in the training data (0: none). Default: ${DEFAULT-VALUE}.")
    int extraRepeat = 1;

    @Option(names = "--cv-folds", paramLabel = "K",
            description = "Cross-validate over the --extra file's documents in K folds (document i in fold i mod K) instead of writing a model.")
    int cvFolds;

    @Option(names = "--predictions", paramLabel = "FILE",
            description = "With --cv-folds: write each held-out document's predicted entities (id, entities; JSONL) here.")
    Path predictions;

    @Option(names = "--dev", arity = "1..*", paramLabel = "FILE", description = "Gold JSONL files to score the model on.")
    List<Path> dev = List.of();

    @Option(names = "--epochs", paramLabel = "N", description = "Passes over the training data. Default: ${DEFAULT-VALUE}.")
    int epochs = TrainingSettings.DEFAULT_EPOCHS;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the shuffles. Default: ${DEFAULT-VALUE}.")
    long seed = TrainingSettings.DEFAULT_SEED;

    @Option(names = "--bits", paramLabel = "B", description = "log2 of the feature buckets (2^B x 13 weights). Default: ${DEFAULT-VALUE}.")
    int bits = TrainingSettings.DEFAULT_BITS;

    @Option(names = "--features", paramLabel = "GROUPS",
            description = "Optional feature groups: all (line,morphology,gazetteer,history,quotes,cues), basic, or a list of them,"
                    + " with heads, stems, legalforms, adapt and script, which all leaves out (all,heads,stems,legalforms,script,adapt: the"
                    + " Ukrainian model; all,adapt,script,heads: the Russian one)."
                    + " Default: ${DEFAULT-VALUE}.")
    String features = "all";

    @Option(names = "--drop-lowercase-spans",
            description = "Leave out gold spans that start with a lower-case letter (NEREL marks adjectives and common nouns).")
    boolean dropLowerCase;

    @Option(names = "--split-trailing-places",
            description = "Split a gold organisation ending in a known place (\"Конгресса США\") into ORG + LOC, as FactRuEval marks them.")
    boolean splitPlaces;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        LanguagePacks packs = LanguagePacks.discover();
        Morphologies morphologies = packs.morphologies();
        TextSplitter splitter = new TextSplitter();
        if (out == null && cvFolds == 0 || cvFolds != 0 && (cvFolds < 2 || extra == null) || extraRepeat < 0) {
            err.println("error: need --out, or --cv-folds K >= 2 with --extra FILE; --extra-repeat >= 0");
            return Main.EXIT_USAGE;
        }
        if (!splitter.supports(lang) || epochs < 1 || bits < 10 || bits > 24) {
            err.printf(Locale.ROOT, "error: need a language with sentence rules (%s), --epochs >= 1 and 10 <= --bits <= 24%n",
                    String.join(", ", splitter.languages()));
            return Main.EXIT_USAGE;
        }
        for (Path p : concat(concat(train, dev), extra == null ? List.of() : List.of(extra))) {
            if (!Files.isRegularFile(p)) {
                err.println("error: no such file: " + p);
                return Main.EXIT_USAGE;
            }
        }
        TrainingSettings settings = new TrainingSettings(epochs, seed, bits, FeatureGroups.parse(features), dropLowerCase, splitPlaces);
        Morphology morphology = morphologies.forLanguage(lang).orElse(null);
        NerTraining training = new NerTraining(lang, morphology, KnowledgeBases.builtIn(), splitter);
        List<GoldDocument> base = new ArrayList<>();
        for (Path file : train) base.addAll(GoldDocument.read(file));
        if (cvFolds > 0) {
            int documents = GoldDocument.read(extra).size();
            if (cvFolds > documents) {
                err.printf(Locale.ROOT, "error: --cv-folds %d but %s holds %d documents%n", cvFolds, extra, documents);
                return Main.EXIT_USAGE;
            }
            Path scratch = Files.createTempDirectory("wirewatch-cv");
            try {
                new NerCrossValidation(lang, training, morphology, KnowledgeBases.builtIn(), packs)
                        .run(base, extra, cvFolds, extraRepeat, settings, scratch, spec.commandLine().getOut(), predictions);
            } finally {
                Files.deleteIfExists(scratch);
            }
            return 0;
        }
        List<GoldDocument> asIs = new ArrayList<>();
        if (extra != null) {
            List<GoldDocument> extraDocs = GoldDocument.read(extra);
            for (int copy = 0; copy < extraRepeat; copy++) asIs.addAll(extraDocs);
        }
        SequenceModel model = training.trainDocuments(base, asIs, settings, err);
        if (out.toAbsolutePath().getParent() != null) Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream file = Files.newOutputStream(out)) {
            model.write(file);
        }
        err.printf(Locale.ROOT, "wrote %s (%,d bytes)%n", out, Files.size(out));
        if (!dev.isEmpty()) {
            SpanScores scores = training.evaluate(model, dev);
            PrintWriter report = spec.commandLine().getOut();
            report.print("dev (model alone, exact spans):" + System.lineSeparator() + scores.report(5));
            report.flush();
        }
        err.flush();
        return 0;
    }

    private static List<Path> concat(List<Path> a, List<Path> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
