package org.wirewatch.core.extract.ner.learn;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.wirewatch.core.kb.KnowledgeBase;
import org.wirewatch.core.kb.KnowledgeBases;
import org.wirewatch.core.lang.LanguagePacks;
import org.wirewatch.core.linguistics.morph.Morphology;

/**
 * Trains the bundled name-type model from the shipped dictionaries and knowledge base
 * ({@link DistantSupervision}), reports its quality on held-out entries, and writes it. The same
 * data and settings give the same file. Run by {@code wirewatch train names --out FILE}.
 */
public final class NameModelTrainer {
    /** The settings the bundled model was trained with. */
    public static final Settings BUNDLED = new Settings(18, 6, 20261122L, 1024, 10);

    /**
     * @param bits         log2 of the number of feature buckets
     * @param epochs       passes over the examples
     * @param seed         of the shuffles
     * @param sampling     share (per 1024) of inflected forms considered, see {@link DistantSupervision}
     * @param heldOutShare percentage of entries (by base form) kept out of training for the report
     */
    public record Settings(int bits, int epochs, long seed, int sampling, int heldOutShare) {}

    /** The model and what held-out data says of it. */
    public record Result(NameTypeModel model, int trainingWords, Evaluation heldOut, Evaluation heldOutLatinPeople) {}

    private static final double[] MARGINS = {0, 5, 10, 20};

    private final Settings settings;
    private final Map<String, Morphology> morphologies;
    private final KnowledgeBase kb;

    public NameModelTrainer(Settings settings, Map<String, Morphology> morphologies, KnowledgeBase kb) {
        this.settings = settings;
        this.morphologies = morphologies;
        this.kb = kb;
    }

    /** The trainer for the bundled model: every pack's dictionary and the built-in knowledge base. */
    public static NameModelTrainer bundled() {
        return new NameModelTrainer(BUNDLED, dictionaries(LanguagePacks.discover()), KnowledgeBases.builtIn());
    }

    /** The dictionary of every pack that has one, by language code. */
    public static Map<String, Morphology> dictionaries(LanguagePacks packs) {
        Map<String, Morphology> all = new java.util.LinkedHashMap<>();
        for (org.wirewatch.core.model.Language l : packs.languages()) packs.morphology(l).ifPresent(m -> all.put(l.code(), m));
        return all;
    }

    /** The labelled words of the shipped data (reads whole dictionaries: seconds). */
    public List<LabelledWord> examples() {
        return new DistantSupervision(morphologies, kb, settings.sampling()).examples();
    }

    /** Trains on the examples of the shipped data outside the held-out share, evaluates on the rest. */
    public Result train(PrintWriter log) {
        return train(examples(), log);
    }

    /** Trains on the given examples outside the held-out share, evaluates on the rest, logs the split. */
    public Result train(List<LabelledWord> all, PrintWriter log) {
        List<LabelledWord> train = new ArrayList<>();
        List<LabelledWord> test = new ArrayList<>();
        for (LabelledWord w : all) (isHeldOut(w.group()) ? test : train).add(w);
        log.println(summary("training", train));
        log.println(summary("held out", test));
        NameTypeModel model = new AveragedPerceptron(new WordFeatures(settings.bits()), settings.epochs(), settings.seed()).train(train);
        List<LabelledWord> latinPeople = test.stream()
                .filter(w -> w.source().endsWith("+latin") && w.kind() == NameKind.PERSON).toList();
        return new Result(model, train.size(), Evaluation.of(model, test, MARGINS), Evaluation.of(model, latinPeople, MARGINS));
    }

    /** Trains and writes the model to {@code out}, printing the held-out figures to {@code log}. */
    public Result trainTo(Path out, PrintWriter log) throws IOException {
        Result r = train(log);
        log.println("held-out entries (by base form):");
        log.print(r.heldOut().toText());
        log.println("held-out transliterated surnames and first names:");
        log.print(r.heldOutLatinPeople().toText());
        if (out.getParent() != null) Files.createDirectories(out.getParent());
        try (OutputStream o = Files.newOutputStream(out)) {
            r.model().write(o);
        }
        log.printf(Locale.ROOT, "wrote %s (%d bytes)%n", out, Files.size(out));
        return r;
    }

    private boolean isHeldOut(String group) {
        int h = group.hashCode() * 0x9E3779B9;
        return Math.floorMod(h ^ (h >>> 16), 100) < settings.heldOutShare();
    }

    private static String summary(String what, List<LabelledWord> words) {
        Map<NameKind, Long> byKind = new java.util.EnumMap<>(NameKind.class);
        for (LabelledWord w : words) byKind.merge(w.kind(), 1L, Long::sum);
        return what + ": " + words.size() + " words " + byKind;
    }
}
