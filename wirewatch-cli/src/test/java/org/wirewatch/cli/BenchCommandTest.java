package org.wirewatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BenchCommandTest {
    private static final List<String> KEYS = List.of("articles", "threads", "articles_per_s", "mb_per_s",
            "tokenize_articles_per_s", "ratio", "peak_heap_mb", "stages");
    private static final List<String> STAGES = List.of("read", "clean", "segment", "language", "entities", "quotes", "dates",
            "amounts", "events", "tone", "categories", "stories", "index");

    /** A quick run on a small generated corpus: one measured run, no warm-up. */
    private static CliRun quickBench(String... extra) {
        List<String> args = new ArrayList<>(List.of("bench", "--articles", "50", "--runs", "1", "--warmup", "0",
                "--warmup-seconds", "0", "--threads", "1"));
        args.addAll(List.of(extra));
        return CliRun.of(args.toArray(new String[0]));
    }

    @Test
    void jsonLastLineHasExactlyTheDocumentedKeysAndAFigureForEveryStage() throws Exception {
        CliRun run = quickBench("--json");
        assertEquals(0, run.exitCode(), run.err());
        String[] lines = run.outLines();
        JsonNode json = new ObjectMapper().readTree(lines[lines.length - 1]);
        List<String> keys = new ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);
        assertEquals(KEYS, keys);
        assertEquals(50, json.get("articles").asInt());
        assertEquals(1, json.get("threads").asInt());
        for (String key : List.of("articles_per_s", "mb_per_s", "tokenize_articles_per_s", "ratio", "peak_heap_mb")) {
            assertTrue(json.get(key).isNumber() && json.get(key).asDouble() > 0, key + " in " + json);
        }
        List<String> stages = new ArrayList<>();
        json.get("stages").fieldNames().forEachRemaining(stages::add);
        assertEquals(STAGES, stages, "every stage of the design, in pipeline order");
        for (String stage : STAGES) {
            assertTrue(json.get("stages").get(stage).isNumber() && json.get("stages").get(stage).asDouble() > 0, stage + " in " + json);
        }
    }

    @Test
    void textReportGivesEveryStageAFigure() {
        CliRun run = quickBench();
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("whole pipeline (1 threads)"), run.out());
        assertTrue(run.out().contains("tokenizer yardstick"), run.out());
        for (String stage : STAGES) {
            assertTrue(Pattern.compile("(?m)^" + stage + " +[0-9][0-9,]*\\.[0-9] +[0-9]+\\.[0-9]{2}$").matcher(run.out()).find(),
                    stage + " without articles/s and MB/s in:\n" + run.out());
        }
    }

    @Test
    void microListNamesEveryMicroBenchmark() {
        CliRun run = CliRun.of("bench", "--micro", "list");
        assertEquals(0, run.exitCode(), run.err());
        for (String name : List.of("text", "language", "names", "kb", "name-model", "quotes", "dates", "extraction-cpu", "index")) {
            assertTrue(Pattern.compile("(?m)^  " + Pattern.quote(name) + " ").matcher(run.out()).find(), name + " in " + run.out());
        }
    }

    @Test
    void anUnknownMicroBenchmarkIsAUsageErrorThatListsTheOthers() {
        CliRun run = CliRun.of("bench", "--micro", "no-such-thing");
        assertEquals(Main.EXIT_USAGE, run.exitCode());
        assertTrue(run.err().contains("no micro-benchmark 'no-such-thing'") && run.err().contains("extraction-cpu"), run.err());
    }

    @Test
    void readsAnyInputAnalyzeAccepts() throws Exception {
        String corpus = System.getProperty("wirewatch.root", ".") + "/examples/corpus";
        CliRun run = quickBench("--corpus", corpus, "--json");
        assertEquals(0, run.exitCode(), run.err());
        String[] lines = run.outLines();
        assertTrue(new ObjectMapper().readTree(lines[lines.length - 1]).get("articles").asInt() >= 10, run.out());
    }

    @Test
    void cpuGivesCpuMillisecondsPerArticleOfTheWholePipelineAndEveryStageButTheIndex() throws Exception {
        CliRun run = quickBench("--cpu", "--json");
        assertEquals(0, run.exitCode(), run.err());
        String[] lines = run.outLines();
        JsonNode json = new ObjectMapper().readTree(lines[lines.length - 1]);
        assertEquals(50, json.get("articles").asInt());
        List<String> measured = new ArrayList<>();
        json.get("cpu_ms_per_article").fieldNames().forEachRemaining(measured::add);
        List<String> expected = new ArrayList<>(List.of("analyze"));
        expected.addAll(STAGES.subList(0, STAGES.size() - 1));
        assertEquals(expected, measured, "the whole pipeline, then each stage in pipeline order");
        double whole = json.get("cpu_ms_per_article").get("analyze").asDouble();
        double entities = json.get("cpu_ms_per_article").get("entities").asDouble();
        assertTrue(entities > 0 && whole > entities, "the whole pipeline costs more than its entity stage: " + json);
    }

    @Test
    void aMissingCorpusIsAUsageError() {
        CliRun run = quickBench("--corpus", "/no/such/corpus.jsonl");
        assertEquals(Main.EXIT_USAGE, run.exitCode());
        assertTrue(run.err().contains("no such corpus"), run.err());
    }
}
