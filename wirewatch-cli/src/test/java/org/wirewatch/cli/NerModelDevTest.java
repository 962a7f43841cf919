package org.wirewatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The shipped NER models (wirewatch-models, on this module's class path) on the development gold
 * sets in ../shared, through the whole pipeline as {@code wirewatch eval ner} runs it. The floors
 * are well below the measured figures (docs/models.md), so the test catches a broken model or
 * integration, not a point of F1.
 */
class NerModelDevTest {

    @ParameterizedTest
    @CsvSource({"en, 0.85, 0.75", "ru, 0.75, 0.50", "uk, 0.75, 0.65"})
    void theModelClearsItsFloor(String lang, double microFloor, double orgFloor) throws IOException {
        JsonNode report = eval(lang, "model");
        double f1 = report.at("/micro/f1").asDouble();
        double org = report.at("/by_type/ORG/f1").asDouble();
        assertTrue(f1 >= microFloor && org >= orgFloor, lang + ": F1 " + f1 + ", ORG " + org);
    }

    /** {@code --ner rules} is the recogniser of before the models: 0.6318 on the English dev set. */
    @Test
    void theRulesAreUnchanged() throws IOException {
        assertEquals(0.6318, eval("en", "rules").at("/micro/f1").asDouble(), 0.0001);
    }

    private static JsonNode eval(String lang, String ner) throws IOException {
        Path gold = SharedData.require("evaldata", "dev", "ner-" + lang + ".jsonl");
        CliRun run = CliRun.of("eval", "ner", "--ner", ner, "--gold", gold.toString(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        return new ObjectMapper().readTree(run.out());
    }
}
