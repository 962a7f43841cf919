package org.wirewatch.bench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CpuReportTest {

    private static CpuReport report() {
        Map<String, Double> ms = new LinkedHashMap<>();
        ms.put(CpuReport.WHOLE, 2.71234);
        ms.put("entities", 0.73149);
        return new CpuReport("test", 100, 1, 0, 3, ms);
    }

    @Test
    void jsonHasTheDocumentedKeysAndMillisecondsToFourDecimals() {
        Map<String, Object> json = report().toJson();
        assertEquals(List.of("articles", "runs", "cpu_ms_per_article"), List.copyOf(json.keySet()));
        assertEquals(Map.of("analyze", 2.7123, "entities", 0.7315), json.get("cpu_ms_per_article"));
    }

    @Test
    void textNamesTheWholePipelineAndEachStageWithItsFigure() {
        String text = report().toText();
        assertTrue(Pattern.compile("(?m)^whole pipeline \\(Pipeline\\.analyze\\) +2\\.7123$").matcher(text).find(), text);
        assertTrue(Pattern.compile("(?m)^entities +0\\.7315$").matcher(text).find(), text);
        assertTrue(text.contains("median of 3 runs"), text);
    }
}
