package org.wirewatch.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainNerCommandTest {
    @TempDir
    Path dir;

    @Test
    void trainingIsDeterministicAndReportsDevFigures() throws IOException {
        Path train = writtenGold("train.jsonl", List.of("Novak", "Okafor", "Tanaka", "Rossi", "Haddad"), List.of("Peru", "Kenya", "Nepal", "Oman"));
        Path dev = writtenGold("dev.jsonl", List.of("Moreau"), List.of("Chile"));
        Path first = dir.resolve("a.model");
        Path second = dir.resolve("b.model");
        CliRun run = CliRun.of("train", "ner", "--lang", "en", "--train", train.toString(), "--out", first.toString(), "--dev", dev.toString(),
                "--epochs", "3", "--bits", "14");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("epoch 3/3") && run.err().contains("sentences/s"), run.err());
        assertTrue(run.out().contains("PER") && run.out().contains("precision"), run.out());
        assertEquals(0, CliRun.of("train", "ner", "--lang", "en", "--train", train.toString(), "--out", second.toString(), "--epochs", "3",
                "--bits", "14").exitCode());
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second), "same data and seed, same bytes");
    }

    @Test
    void crossValidationPrintsEachFoldAndThePooledFigures() throws IOException {
        Path train = writtenGold("train.jsonl", List.of("Novak", "Okafor", "Tanaka"), List.of("Peru", "Kenya"));
        Path extra = writtenGold("extra.jsonl", List.of("Moreau", "Rossi", "Haddad"), List.of("Chile", "Nepal", "Oman"));
        CliRun run = CliRun.of("train", "ner", "--lang", "en", "--train", train.toString(), "--extra", extra.toString(), "--cv-folds", "3",
                "--extra-repeat", "2", "--epochs", "2", "--bits", "14");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("fold 3/3") && run.out().contains("pooled over the folds (whole pipeline")
                && run.out().contains("6 documents"), run.out());
        assertEquals(Main.EXIT_USAGE, CliRun.of("train", "ner", "--lang", "en", "--train", train.toString(), "--cv-folds", "3").exitCode(),
                "--cv-folds needs --extra");
        assertEquals(Main.EXIT_USAGE, CliRun.of("train", "ner", "--lang", "en", "--train", train.toString()).exitCode(), "--out or --cv-folds");
    }

    @Test
    void aLanguageWithoutSentenceRulesIsAUsageError() throws IOException {
        Path train = writtenGold("train.jsonl", List.of("Novak"), List.of("Peru"));
        CliRun run = CliRun.of("train", "ner", "--lang", "xx", "--train", train.toString(), "--out", dir.resolve("m").toString());
        assertEquals(Main.EXIT_USAGE, run.exitCode());
    }

    @Test
    void nerModeIsAnOptionOfThePipelineVerbs() throws IOException {
        Path gold = writtenGold("gold.jsonl", List.of("Novak"), List.of("Peru"));
        assertEquals(0, CliRun.of("eval", "ner", "--ner", "rules", "--gold", gold.toString()).exitCode());
        assertEquals(0, CliRun.of("eval", "ner", "--ner", "model", "--gold", gold.toString()).exitCode());
        assertEquals(Main.EXIT_USAGE, CliRun.of("eval", "ner", "--ner", "guess", "--gold", gold.toString()).exitCode());
    }

    /** Sentences written for this test: a person scores, a place gets flights. */
    private Path writtenGold(String name, List<String> people, List<String> places) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        for (String p : people) lines.add(json.writeValueAsString(doc(p, p + " scored twice in the second half .", 0, "PER")));
        for (String p : places) {
            String text = "There are daily flights to " + p + " from the capital .";
            lines.add(json.writeValueAsString(doc(p, text, text.indexOf(p), "LOC")));
        }
        Path file = dir.resolve(name);
        Files.write(file, lines);
        return file;
    }

    private static Map<String, Object> doc(String name, String text, int at, String type) {
        return Map.of("id", "written-" + name, "lang", "en", "text", text,
                "entities", List.of(Map.of("start", at, "end", at + name.length(), "type", type, "text", name)));
    }
}
