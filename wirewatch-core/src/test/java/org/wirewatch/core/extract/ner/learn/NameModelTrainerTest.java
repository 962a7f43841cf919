package org.wirewatch.core.extract.ner.learn;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wirewatch.core.kb.KnowledgeBases;
import org.wirewatch.core.lang.LanguagePacks;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Training on a slice of the real data: the Ukrainian dictionary sampled thinly, the built-in
 * knowledge base and CLDR's city names. The model must learn, beat the majority kind by far on
 * entries it never saw, and come out byte-identical when trained again.
 */
class NameModelTrainerTest {
    private static final NameModelTrainer.Settings SMALL = new NameModelTrainer.Settings(16, 2, 7L, 16, 20);

    private static final NameModelTrainer TRAINER =
            new NameModelTrainer(SMALL, Map.of("uk", LanguagePacks.discover().morphologies().forLanguage("uk").orElseThrow()), KnowledgeBases.builtIn());
    private static List<LabelledWord> examples;

    @BeforeAll
    static void readTheSlice() {
        examples = TRAINER.examples();
    }

    private static NameModelTrainer.Result train() {
        return TRAINER.train(examples, new PrintWriter(Writer.nullWriter()));
    }

    @Test
    void learnsToTypeNamesItNeverSaw() {
        NameModelTrainer.Result r = train();
        Evaluation heldOut = r.heldOut();
        System.out.println("slice (VESUM 1/64, KB, CLDR cities), " + r.trainingWords() + " training words; held-out entries:\n" + heldOut.toText());
        int largest = 0;
        for (int[] c : heldOut.counts().values()) largest = Math.max(largest, c[2]);
        double majority = (double) largest / heldOut.total();
        assertTrue(heldOut.total() > 100, "held-out words: " + heldOut.total());
        assertTrue(heldOut.accuracy() > majority + 0.2, "accuracy " + heldOut.accuracy() + " vs majority " + majority);
    }

    @Test
    void theUkrainianPackTeachesItsNamesAndTheirLatinSpellingsAndNoOtherDictionaryIsRead() {
        java.util.Set<String> sources = new java.util.TreeSet<>();
        for (LabelledWord w : examples) sources.add(w.source());
        assertTrue(sources.containsAll(List.of("uk-dict", "uk-dict+latin", "kb", "cldr-city")), sources.toString());
        assertTrue(sources.stream().noneMatch(s -> s.startsWith("ru-") || s.startsWith("en-")), sources.toString());
    }

    @Test
    void trainingAgainGivesTheSameFile() throws IOException {
        assertArrayEquals(bytes(train().model()), bytes(train().model()));
    }

    @Test
    void aWrittenModelReadsBackWithTheSamePredictions() throws IOException {
        NameTypeModel model = train().model();
        NameTypeModel read = NameTypeModel.read(new ByteArrayInputStream(bytes(model)), "test");
        for (String w : new String[] {"Kyiv", "Kharkiv", "Stoltenberg", "Блинкена", "Yesterday", "Ukrenergo"}) {
            assertEquals(model.predict(w), read.predict(w), w);
        }
    }

    @Test
    void aFileThatIsNoModelIsRefusedByName() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gzip = new java.util.zip.GZIPOutputStream(out)) {
            gzip.write("not a model at all".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        IOException e = assertThrows(IOException.class, () -> NameTypeModel.read(new ByteArrayInputStream(out.toByteArray()), "bad.model"));
        assertTrue(e.getMessage().startsWith("bad.model"), e.getMessage());
    }

    private static byte[] bytes(NameTypeModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.write(out);
        return out.toByteArray();
    }
}
