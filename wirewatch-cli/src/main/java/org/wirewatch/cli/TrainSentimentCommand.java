package org.wirewatch.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.wirewatch.core.eval.SentimentTarget;
import org.wirewatch.core.extract.tone.SentimentModel;
import org.wirewatch.core.extract.tone.SentimentTraining;
import org.wirewatch.core.lang.LanguagePacks;
import org.wirewatch.core.linguistics.text.TextSplitter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code wirewatch train sentiment}: the target-sentiment model and the learned tone words of one language. */
@Command(name = "sentiment",
        mixinStandardHelpOptions = true,
        description = {
            "Trains the entity (target) sentiment model of one language from entity-sentiment JSONL files",
            "(id, lang, text, targets with start/end/polarity) and writes it. With --words, first learns tone",
            "words from the same sentences (for a language whose pack has no words of its own) and writes",
            "them; the model is then trained with them. Progress goes to standard",
            "error. The same files, options and seed give byte-identical output."},
        footer = {"", "Example (rebuild the shipped Russian model, docs/models.md):",
            "  wirewatch train sentiment --lang ru --epochs 2 --balance 1.5 --features 2 --neutral-offset cv \\",
            "      --train ../shared/evaldata/train/entity-sentiment-ru.train.jsonl \\",
            "      --out wirewatch-models/src/main/resources/org/wirewatch/models/sentiment/ru.model"})
final class TrainSentimentCommand implements Callable<Integer> {
    @Option(names = "--lang", required = true, paramLabel = "L", description = "Language of the model.")
    String lang;

    @Option(names = "--train", required = true, arity = "1..*", paramLabel = "FILE", description = "Entity-sentiment JSONL files to train on.")
    List<Path> train;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Model file to write.")
    Path out;

    @Option(names = "--words", paramLabel = "FILE", description = "Learn tone words first and write them here.")
    Path words;

    @Option(names = "--min-count", paramLabel = "N", description = "Polar sentences a learned word needs. Default: ${DEFAULT-VALUE}.")
    int minCount = 3;

    @Option(names = "--min-valence", paramLabel = "V", description = "Smallest |valence| of a learned word (0..4). Default: ${DEFAULT-VALUE}.")
    double minValence = 1.5;

    @Option(names = "--epochs", paramLabel = "N", description = "Passes over the targets. Default: ${DEFAULT-VALUE}.")
    int epochs = 8;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the shuffles. Default: ${DEFAULT-VALUE}.")
    long seed = 17;

    @Option(names = "--bits", paramLabel = "B", description = "log2 of the feature slots (2^B x 3 weights). Default: ${DEFAULT-VALUE}.")
    int bits = 18;

    @Option(names = "--balance", paramLabel = "X",
            description = "Class weights (targets / (3 x targets of the class)) to this power; 0 weighs classes alike. Default: ${DEFAULT-VALUE}.")
    double balance = 0.5;

    @Option(names = "--features", paramLabel = "N",
            description = "Feature set: 1, or 2 which adds the mention's role (grammatical case, verbs, quotes; docs/tone.md). Default: ${DEFAULT-VALUE}.")
    int features = 1;

    @Option(names = "--neutral-offset", paramLabel = "X|cv",
            description = {"Added to the neutral class's score (below 0 calls more targets positive or negative), or cv to choose it",
                "by 5-fold cross-validation on the training sentences for the best F1(P,N). Default: ${DEFAULT-VALUE}."})
    String neutralOffset = "0";

    @Option(names = "--dev", paramLabel = "FILE",
            description = "After training, score the model on this entity-sentiment file's gold targets (read as in training) and print the figures.")
    Path dev;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (epochs < 1 || bits < 10 || bits > 24 || balance < 0 || (features != 1 && features != 2) || minCount < 1 || minValence < 0 || minValence > 4) {
            err.println("error: need --epochs >= 1, 10 <= --bits <= 24, --balance >= 0, --features 1 or 2, --min-count >= 1, 0 <= --min-valence <= 4");
            return Main.EXIT_USAGE;
        }
        double offset;
        try {
            offset = neutralOffset.equals("cv") ? Double.NaN : Double.parseDouble(neutralOffset);
        } catch (NumberFormatException e) {
            offset = Double.POSITIVE_INFINITY;
        }
        if (Double.isInfinite(offset)) {
            err.println("error: --neutral-offset takes a number or cv, not " + neutralOffset);
            return Main.EXIT_USAGE;
        }
        for (Path p : dev == null ? train : concat(train, dev)) {
            if (!Files.isRegularFile(p)) {
                err.println("error: no such file: " + p);
                return Main.EXIT_USAGE;
            }
        }
        SentimentTraining training;
        try {
            training = new SentimentTraining(lang, LanguagePacks.discover(), new TextSplitter());
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return Main.EXIT_USAGE;
        }
        if (words == null && training.lexiconSize() == 0) {
            err.println("error: the " + lang + " pack has no tone words of its own: pass --words FILE to learn them (the model is used with them)");
            return Main.EXIT_USAGE;
        }
        List<SentimentTraining.Sentence> sentences = read(train, err);
        if (words != null) {
            Map<String, Float> learned = training.learnWords(sentences, minCount, minValence);
            String header = String.format(Locale.ROOT, "Tone words learned by wirewatch train sentiment --lang %s --min-count %d --min-valence %s%n"
                    + "from %s (see docs/models.md); lemma valence (-4..4)", lang, minCount, minValence, fileNames());
            try (Writer w = Files.newBufferedWriter(parent(words), StandardCharsets.UTF_8)) {
                SentimentTraining.writeWords(learned, header, w);
            }
            err.printf(Locale.ROOT, "wrote %s (%,d words)%n", words, learned.size());
        }
        SentimentModel model = training.train(sentences, new SentimentTraining.Settings(epochs, seed, bits, balance, features, offset), err);
        try (OutputStream file = Files.newOutputStream(parent(out))) {
            model.write(file);
        }
        err.printf(Locale.ROOT, "wrote %s (%,d bytes)%n", out, Files.size(out));
        if (dev != null) spec.commandLine().getOut().println(dev + ": " + training.score(model, read(List.of(dev), err)).toText());
        return 0;
    }

    private static List<Path> concat(List<Path> files, Path more) {
        List<Path> all = new ArrayList<>(files);
        all.add(more);
        return all;
    }

    private static List<SentimentTraining.Sentence> read(List<Path> files, PrintWriter err) throws IOException {
        List<SentimentTraining.Sentence> sentences = new ArrayList<>();
        for (Path p : files) {
            SentimentTarget.Docs docs = SentimentTarget.read(p);
            docs.errors().forEach(e -> err.println("warning: " + e));
            for (SentimentTarget.Doc d : docs.docs()) {
                List<SentimentTraining.Span> spans = new ArrayList<>();
                for (SentimentTarget t : d.targets()) spans.add(new SentimentTraining.Span(t.start(), t.end(), t.polarity()));
                sentences.add(new SentimentTraining.Sentence(d.article().text(), spans));
            }
            err.printf(Locale.ROOT, "read %s: %,d sentences%n", p, docs.docs().size());
        }
        return sentences;
    }

    private String fileNames() {
        List<String> names = new ArrayList<>();
        for (Path p : train) names.add(p.getFileName().toString());
        return String.join(", ", names);
    }

    private static Path parent(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null) Files.createDirectories(dir);
        return file;
    }
}
