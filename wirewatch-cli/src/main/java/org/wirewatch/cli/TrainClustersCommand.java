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
import org.wirewatch.core.extract.ner.sequence.ClusterTraining;
import org.wirewatch.core.extract.ner.sequence.GoldDocument;
import org.wirewatch.core.extract.ner.sequence.WordClusters;
import org.wirewatch.core.linguistics.text.TextSplitter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code wirewatch train clusters}: the word clusters the sequence NER model's {@code clusters} features read. */
@Command(name = "clusters",
        mixinStandardHelpOptions = true,
        description = {
            "Clusters the words of the texts of JSONL files (the \"text\" of each line; annotations are not read)",
            "into a binary tree by the words around them, and writes each word's path. A model trained with",
            "--features=...,clusters reads the file of its language from the models module. Deterministic:",
            "the same files and settings give a byte-identical file."},
        footer = {"", "Example (no shipped model uses clusters: they lowered the Russian cross-validated F1, docs/models.md):",
            "  wirewatch train clusters --lang ru --train ../shared/evaldata/train/ner-ru.train.jsonl --out /tmp/ru.clusters"})
final class TrainClustersCommand implements Callable<Integer> {
    @Option(names = "--lang", required = true, paramLabel = "L", description = "Language of the texts (sentence and token rules).")
    String lang;

    @Option(names = "--train", required = true, arity = "1..*", paramLabel = "FILE", description = "JSONL files whose texts are clustered.")
    List<Path> train;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Clusters file to write.")
    Path out;

    @Option(names = "--min-count", paramLabel = "N", description = "Words seen fewer times are left out. Default: ${DEFAULT-VALUE}.")
    int minCount = ClusterTraining.DEFAULTS.minCount();

    @Option(names = "--contexts", paramLabel = "N",
            description = "Most frequent tokens that describe a word's neighbours. Default: ${DEFAULT-VALUE}.")
    int contexts = ClusterTraining.DEFAULTS.contexts();

    @Option(names = "--depth", paramLabel = "N", description = "Longest path (bits). Default: ${DEFAULT-VALUE}.")
    int depth = ClusterTraining.DEFAULTS.depth();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        TextSplitter splitter = new TextSplitter();
        if (!splitter.supports(lang) || minCount < 1 || contexts < 1 || depth < 1 || depth > 30) {
            err.printf(Locale.ROOT, "error: need a language with sentence rules (%s), --min-count, --contexts >= 1 and 1 <= --depth <= 30%n",
                    String.join(", ", splitter.languages()));
            return Main.EXIT_USAGE;
        }
        List<String> texts = new ArrayList<>();
        for (Path p : train) {
            if (!Files.isRegularFile(p)) {
                err.println("error: no such file: " + p);
                return Main.EXIT_USAGE;
            }
            for (GoldDocument doc : GoldDocument.read(p)) texts.add(doc.text());
        }
        ClusterTraining settings = new ClusterTraining(minCount, contexts, depth, ClusterTraining.DEFAULTS.iterations());
        WordClusters clusters = settings.build(texts, lang, splitter, err);
        if (out.toAbsolutePath().getParent() != null) Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream file = Files.newOutputStream(out)) {
            clusters.write(file, String.format(Locale.ROOT, "lang=%s min-count=%d contexts=%d depth=%d from %d texts",
                    lang, minCount, contexts, depth, texts.size()));
        }
        err.printf(Locale.ROOT, "wrote %s (%,d words, %,d bytes)%n", out, clusters.size(), Files.size(out));
        err.flush();
        return 0;
    }
}
