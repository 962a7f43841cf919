package org.wirewatch.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewatch.core.extract.ner.sequence.GoldDocument;

class NerCrossValidationTest {
    @TempDir
    Path dir;

    @Test
    void foldsAreDeterministicDisjointAndCoverEveryDocument() throws IOException {
        Path file = dir.resolve("gold.jsonl");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 13; i++) {
            lines.add("{\"id\":\"written-" + i + "\",\"lang\":\"en\",\"text\":\"Novak met Okafor in Lima on day " + i + " .\","
                    + "\"entities\":[{\"start\":0,\"end\":5,\"type\":\"PER\"}]}");
            if (i == 6) lines.add("");
        }
        Files.write(file, lines);
        List<String> docs = NerCrossValidation.documentLines(file);
        assertEquals(13, docs.size(), "blank lines are not documents");
        assertEquals(GoldDocument.read(file).size(), docs.size(), "one line per document GoldDocument reads");

        int k = 4;
        int[] fold = NerCrossValidation.folds(docs.size(), k);
        assertArrayEquals(fold, NerCrossValidation.folds(docs.size(), k), "the same split every time");
        Set<Integer> seen = new HashSet<>();
        int[] sizes = new int[k];
        for (int f = 0; f < k; f++) {
            for (int i = 0; i < fold.length; i++) {
                if (fold[i] != f) continue;
                assertTrue(seen.add(i), "document " + i + " in two folds");
                sizes[f]++;
            }
        }
        assertEquals(docs.size(), seen.size(), "every document held out once");
        for (int size : sizes) assertTrue(size == 3 || size == 4, "folds of near-equal size: " + size);
        assertEquals(0, fold[0]);
        assertEquals(1, fold[5], "document i in fold i mod k");
    }

    @Test
    void foldsNeedAtLeastTwoAndNoMoreThanTheDocuments() {
        assertThrows(IllegalArgumentException.class, () -> NerCrossValidation.folds(10, 1));
        assertThrows(IllegalArgumentException.class, () -> NerCrossValidation.folds(3, 4));
    }
}
