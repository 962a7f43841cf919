package org.wirewatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code eval events} on the MEANTIME events dev gold in ../shared, as a user runs it: the report
 * has every part the metric asks for, its counts add up, and the pipeline finds some of the 35
 * scored events (docs/events.md gives the measured figures).
 */
class EventsDevEvalTest {

    @Test
    void theDevReportIsCompleteAndItsCountsAddUp() throws IOException {
        Path file = SharedData.require("evaldata", "dev", "events-en.jsonl");
        CliRun run = CliRun.of("eval", "events", "--gold", file.toString(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode report = new ObjectMapper().readTree(run.out());

        assertEquals(72, report.get("docs").asInt(), run.out());
        assertEquals(0, report.get("skipped_lines").asInt() + report.get("failed_docs").asInt()
                + report.get("text_mismatches").asInt(), run.out());
        JsonNode typed = report.get("typed");
        assertEquals(35, typed.get("gold").asInt(), "scored gold events");
        assertTrue(typed.get("f1").asDouble() > 0, run.out());

        int gold = 0, found = 0, right = 0, wrong = 0, dontCare = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = report.get("by_type").fields(); it.hasNext(); ) {
            JsonNode t = it.next().getValue();
            gold += t.get("gold").asInt();
            found += t.get("found").asInt();
            right += t.get("right").asInt();
            wrong += t.get("wrong").asInt();
            dontCare += t.get("dont_care").asInt();
        }
        assertEquals(typed.get("gold").asInt(), gold);
        assertEquals(typed.get("found").asInt(), found);
        assertEquals(typed.get("right").asInt(), right);
        assertEquals(typed.get("wrong").asInt(), wrong);
        assertEquals(typed.get("dont_care").asInt(), dontCare);
        assertEquals(wrong, report.get("wrong").size(), "every wrong prediction is listed");
        assertEquals(gold - found, report.get("missed").size(), "every missed gold event is listed");
        assertEquals(right + wrong + dontCare, report.at("/untyped/predictions").asInt(), "typed judgements cover every prediction in scope");
        assertEquals(793, report.at("/untyped/gold").asInt(), "gold events with participants");
        assertTrue(report.at("/arguments/actor/judged").asInt() <= right, run.out());
        assertTrue(report.at("/arguments/date/judged").asInt() <= right, run.out());
    }
}
