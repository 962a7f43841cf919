package org.wirewatch.core.extract.tone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewatch.core.lang.PackFile;

/** Valences carried over the word bridge, from a bridge file written for this test. */
class BridgedValencesTest {
    private static final Map<String, Float> ENGLISH = Map.of("failure", -2.3f, "peace", 2.5f);

    private static PackFile file(Path dir, String text) throws IOException {
        Path f = dir.resolve("bridge.words");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return new PackFile("bridge.words", f.toUri().toURL());
    }

    private static float english(String concept) {
        return ENGLISH.getOrDefault(concept, Float.NaN);
    }

    @Test
    void a_lemma_takes_its_concepts_valence_and_an_ambiguous_one_weighs_less(@TempDir Path dir) throws IOException {
        Map<String, Float> into = new HashMap<>();
        BridgedValences.read(file(dir, "# a comment\nfailure: провал неудача\npeace: мир\nworld: мир свет\ntable: стол\n"),
                BridgedValencesTest::english, into);
        assertEquals(-2.3f, into.get("провал"), 1e-6);
        assertEquals(-2.3f, into.get("неудача"), 1e-6);
        assertEquals(1.25f, into.get("мир"), 1e-6);
        assertFalse(into.containsKey("стол"), "a concept without valence gives its words none");
        assertFalse(into.containsKey("свет"));
    }

    @Test
    void a_malformed_line_names_the_file_and_line(@TempDir Path dir) throws IOException {
        PackFile bad = file(dir, "failure: провал\nno colon here\n");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> BridgedValences.read(bad, BridgedValencesTest::english, new HashMap<>()));
        assertTrue(e.getMessage().contains("bridge.words:2"), e.getMessage());
    }
}
