package org.wirewatch.core.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewatch.core.lang.LanguageIdentifier;
import org.wirewatch.core.pipeline.Pipeline;
import org.wirewatch.core.pipeline.PipelineSettings;

/** Tone across translation pairs written for this test, through the whole pipeline. */
class TonePairsEvaluationTest {
    private static final Pipeline PIPELINE = new Pipeline(new PipelineSettings(true, LanguageIdentifier.defaultLanguages()));

    @Test
    void pairs_that_read_alike_correlate_and_a_broken_line_is_reported(@TempDir Path dir) throws IOException {
        Path gold = dir.resolve("pairs.jsonl");
        Files.write(gold, List.of(
                "{\"id\":\"a1\",\"lang\":\"en\",\"story\":\"s1\",\"text\":\"The talks were a great success and everyone was happy.\"}",
                "{\"id\":\"a2\",\"lang\":\"uk\",\"story\":\"s1\",\"text\":\"Переговори були великим успіхом, і всі були щасливі.\"}",
                "{\"id\":\"b1\",\"lang\":\"en\",\"story\":\"s2\",\"text\":\"The attack killed three people and destroyed the school.\"}",
                "{\"id\":\"b2\",\"lang\":\"uk\",\"story\":\"s2\",\"text\":\"Напад вбив трьох людей і зруйнував школу.\"}",
                "{\"id\":\"c1\",\"lang\":\"en\",\"story\":\"s3\",\"text\":\"The committee met on Monday in the capital.\"}",
                "{\"id\":\"c2\",\"lang\":\"uk\",\"story\":\"s3\",\"text\":\"Комітет зібрався в понеділок у столиці.\"}",
                "{\"id\":\"d1\",\"lang\":\"en\",\"text\":\"no story here\"}"));
        TonePairsEvaluation.Report r = TonePairsEvaluation.run(gold, PIPELINE::analyze);
        assertEquals(3, r.all().pairs());
        assertTrue(r.all().pearson().value().getAsDouble() > 0.9, r::toText);
        assertEquals(1.0, r.byPair().get("en-uk").signAgreement(), 1e-9, r::toText);
        assertEquals(1, r.errors().size(), r::toText);
        assertTrue(r.errors().get(0).contains("story"), r::toText);
    }
}
