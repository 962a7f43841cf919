package org.wirewatch.bench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchReportTest {

    private static BenchReport report() {
        Map<String, Double> stages = new LinkedHashMap<>();
        for (String stage : StageBench.STAGES) stages.put(stage, null);
        stages.put("read", 50_000.04);
        stages.put("clean", 4_000.0);
        return new BenchReport("test", 100, 0.4, 2, 1, 0, 3, 1_000.0, 4.0, 40_000.0, 512.25, 200.0, stages);
    }

    @Test
    void jsonHasExactlyTheDocumentedKeysInOrder() {
        Map<String, Object> json = report().toJson();
        assertEquals(List.of("articles", "threads", "articles_per_s", "mb_per_s", "tokenize_articles_per_s", "ratio",
                "peak_heap_mb", "stages"), List.copyOf(json.keySet()));
        assertEquals(0.025, (double) json.get("ratio"), 1e-9);
        assertEquals(100, json.get("articles"));
    }

    @Test
    void aStageWithoutAFigureIsNullNeverAnInventedNumber() {
        @SuppressWarnings("unchecked")
        Map<String, Object> stages = (Map<String, Object>) report().toJson().get("stages");
        assertEquals(StageBench.STAGES, List.copyOf(stages.keySet()));
        assertEquals(50_000.0, stages.get("read"));
        assertNull(stages.get("entities"));
        assertNull(stages.get("index"));
    }

    @Test
    void textGivesEachStageWithAFigureItsRateAndMarksTheOthers() {
        String text = report().toText();
        assertTrue(text.matches("(?s).*\\nread +50,000\\.0 +[0-9.]+\\n.*"), text);
        assertTrue(text.matches("(?s).*\\nentities +not measured\\n.*"), text);
        assertTrue(text.contains("ratio pipeline / tokenizer"), text);
    }

    @Test
    void medianIgnoresOneSlowRun() {
        assertEquals(2.0, Timing.median(new long[] {1, 2, 900}));
        assertEquals(2.5, Timing.median(new long[] {4, 1, 2, 3}));
    }
}
