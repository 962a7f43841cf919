package org.wirewatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewatch.core.extract.ner.learn.NameKind;
import org.wirewatch.core.extract.ner.learn.NameTypeModel;

class TrainCommandTest {

    @Test
    void trainsANameModelFromTheUkrainianDictionaryAndReportsHeldOutFigures(@TempDir Path dir) throws Exception {
        Path model = dir.resolve("names.model");
        CliRun run = CliRun.of("train", "names", "--out", model.toString(), "--languages", "uk", "--sampling", "8", "--epochs", "2");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("held-out entries") && run.out().contains("PERSON"), run.out());
        try (InputStream in = Files.newInputStream(model)) {
            NameTypeModel read = NameTypeModel.read(in, model.toString());
            assertEquals(NameKind.PERSON, read.predict("Коваленко").kind());
        }
    }

    @Test
    void aLanguageWithoutADictionaryIsAUsageError(@TempDir Path dir) {
        CliRun run = CliRun.of("train", "names", "--out", dir.resolve("m").toString(), "--languages", "xx");
        assertEquals(Main.EXIT_USAGE, run.exitCode());
        assertTrue(run.err().contains("'xx'"), run.err());
    }
}
