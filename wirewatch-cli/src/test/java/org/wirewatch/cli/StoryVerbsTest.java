package org.wirewatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** compare, stories, story and the story step of analyze, on invented news. */
class StoryVerbsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static final String DRONES_EN = "Blinken and Sybiha sign drone deal in Kyiv\n\n"
            + "US Secretary of State Antony Blinken and Ukrainian Foreign Minister Andrii Sybiha signed an agreement in Kyiv on "
            + "Tuesday under which Ukraine will receive 500 interceptor drones before winter. Blinken said the drones would protect "
            + "power stations from nightly attacks. Sybiha thanked Washington and said the first deliveries would reach Kharkiv "
            + "within a month.";
    static final String DRONES_RU = "Блинкен и Сибига подписали в Киеве соглашение о дронах\n\n"
            + "Госсекретарь США Энтони Блинкен и министр иностранных дел Украины Андрей Сибига подписали во вторник в Киеве "
            + "соглашение, по которому Украина получит 500 дронов-перехватчиков до зимы. Блинкен заявил, что дроны защитят "
            + "электростанции от ночных атак. Сибига поблагодарил Вашингтон и сообщил, что первые поставки достигнут Харькова "
            + "в течение месяца.";
    static final String BUDGET_EN = "Rutte asks NATO allies in Brussels for bigger budgets\n\n"
            + "NATO Secretary General Mark Rutte asked allies meeting in Brussels on Thursday to raise military spending, "
            + "warning that stockpiles of shells had fallen too low. Diplomats said Germany and Poland backed the call, while "
            + "Spain asked for more time. Rutte said a decision was expected at the summit in The Hague.";

    @TempDir
    Path dir;

    private Path corpus() throws IOException {
        Path file = dir.resolve("news.jsonl");
        List<String> lines = List.of(
                line("drones-en", "en", "2026-02-10T09:00", DRONES_EN),
                line("budget-en", "en", "2026-02-12T10:00", BUDGET_EN),
                line("drones-ru", "ru", "2026-02-10T11:30", DRONES_RU));
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    private static String line(String id, String lang, String published, String text) throws IOException {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", id).put("lang", lang).put("published", published).put("text", text);
        return JSON.writeValueAsString(n);
    }

    @Test
    void analyzeGroupsTheArticlesIntoStoriesAndKeepsTheInputOrder() throws IOException {
        CliRun run = CliRun.of("analyze", corpus().toString(), "--threads", "2");
        assertEquals(0, run.exitCode(), run.err());
        List<JsonNode> records = new ArrayList<>();
        for (String l : run.outLines()) records.add(JSON.readTree(l));
        assertEquals(List.of("drones-en", "budget-en", "drones-ru"), records.stream().map(r -> r.get("id").asText()).toList());
        assertEquals(records.get(0).get("story").asText(), records.get(2).get("story").asText());
        assertNotEquals(records.get(0).get("story").asText(), records.get(1).get("story").asText());
        assertEquals("drones-en", records.get(2).get("translation_of").asText());
    }

    @Test
    void analyzeWithoutStoriesStreamsRecordsWithNoStory() throws IOException {
        CliRun run = CliRun.of("analyze", corpus().toString(), "--no-stories");
        assertEquals(0, run.exitCode(), run.err());
        for (String l : run.outLines()) assertTrue(JSON.readTree(l).get("story").isNull());
    }

    @Test
    void storiesListsEachStoryOnceAndFiltersByEntityInAnyScript() throws IOException {
        CliRun all = CliRun.of("stories", corpus().toString());
        assertEquals(0, all.exitCode(), all.err());
        assertEquals(2, all.outLines().length, all.out());
        assertTrue(all.outLines()[0].contains("en,ru"), all.out());
        CliRun blinken = CliRun.of("stories", "--entity", "Блинкен", corpus().toString());
        assertEquals(1, blinken.outLines().length, blinken.out());
        assertTrue(blinken.out().contains("drone deal"), blinken.out());
        CliRun later = CliRun.of("stories", "--from", "2026-02-11", corpus().toString());
        assertEquals(1, later.outLines().length, later.out());
        assertTrue(later.out().contains("Rutte"), later.out());
    }

    @Test
    void storiesTrendingListsTheStoriesOfTheWindowWithTheirScoreAndCurve() throws IOException {
        CliRun newest = CliRun.of("stories", "--trending", corpus().toString());
        assertEquals(0, newest.exitCode(), newest.err());
        assertEquals(1, newest.outLines().length, "only the budget story has an article in the 6 hours to its own: " + newest.out());
        assertTrue(newest.outLines()[0].contains("\t0.400\t-\t1\t0.0\ten\tRutte"), "1 / (0 + 0.5 + 2): " + newest.out());
        CliRun earlier = CliRun.of("stories", "--trending", "--now", "2026-02-10T12:00", "--window", "4", "--json", corpus().toString());
        assertEquals(0, earlier.exitCode(), earlier.err());
        assertEquals(1, earlier.outLines().length, earlier.out());
        JsonNode trend = JSON.readTree(earlier.outLines()[0]).get("trend");
        assertEquals(2, trend.get("recent").asInt(), earlier.out());
        assertEquals(0.5, trend.get("score").asDouble(), 0.001, "2 / (0 + 2 + 2); the budget story comes after now: " + earlier.out());
        // hours (08:00, 09:00] … (11:00, 12:00]
        assertEquals("[1,0,0,0]", trend.get("curve").get("by_language").get("en").toString(), earlier.out());
        assertEquals("[0,0,0,1]", trend.get("curve").get("by_language").get("ru").toString(), earlier.out());
        CliRun bad = CliRun.of("stories", "--trending", "--window", "0", corpus().toString());
        assertEquals(64, bad.exitCode(), bad.err());
        assertTrue(bad.err().contains("window must be 1 to 168 hours"), bad.err());
    }

    @Test
    void storyShowsTheTimelineWithTheTranslationMarked() throws IOException {
        String id = CliRun.of("stories", "--entity", "Sybiha", corpus().toString()).outLines()[0].split("\t")[0];
        CliRun run = CliRun.of("story", id, corpus().toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("drones-ru  translation of drones-en"), run.out());
        assertTrue(run.out().contains("headline ru: Блинкен и Сибига"), run.out());
        CliRun missing = CliRun.of("story", "story-999999", corpus().toString());
        assertEquals(1, missing.exitCode());
        assertTrue(missing.err().contains("no story 'story-999999'"), missing.err());
    }

    @Test
    void compareScoresEachPairAndReportsABadLineByNumber() throws IOException {
        Path pairs = dir.resolve("pairs.jsonl");
        Files.write(pairs, List.of(
                pair("same", "drones-en", "en", DRONES_EN, "drones-ru", "ru", DRONES_RU),
                "{\"pair_id\": \"broken\", \"a\": {\"id\": \"x\"}}",
                pair("other", "drones-en", "en", DRONES_EN, "budget-en", "en", BUDGET_EN)), StandardCharsets.UTF_8);
        CliRun run = CliRun.of("compare", "--pairs", pairs.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("pairs.jsonl: line 2"), run.err());
        Map<String, Double> scores = new HashMap<>();
        for (String l : run.outLines()) scores.put(JSON.readTree(l).get("pair_id").asText(), JSON.readTree(l).get("score").asDouble());
        assertEquals(2, scores.size(), run.out());
        assertTrue(run.err().contains("pairs scored 2, failed 1"), "the summary counts the scores printed: " + run.err());
        assertTrue(scores.get("same") > 0.6, "translation: " + scores);
        assertTrue(scores.get("other") < 0.3, "unrelated: " + scores);
    }

    private static String pair(String id, String aId, String aLang, String aText, String bId, String bLang, String bText) throws IOException {
        ObjectNode n = JSON.createObjectNode();
        n.put("pair_id", id);
        n.set("a", JSON.readTree(line(aId, aLang, "2026-02-10T09:00", aText)));
        n.set("b", JSON.readTree(line(bId, bLang, "2026-02-10T11:00", bText)));
        return JSON.writeValueAsString(n);
    }
}
