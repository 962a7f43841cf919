package org.wirewatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every example command of README.md and examples/README.md that reads the bundled corpus, run as
 * written (with a temporary --data and -o), and the answer a reader should see. The figures the
 * docs give for these examples are the ones asserted here.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadmeExamplesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CORPUS = Path.of(System.getProperty("wirewatch.root", ".."), "examples", "corpus").toString();

    private Path dir;
    private Path data;

    /** `./wirewatch ingest examples/corpus`, once for the verbs that read the index. */
    @BeforeAll
    void ingest(@TempDir Path dir) {
        this.dir = dir;
        data = dir.resolve("wirewatch-data");
        CliRun run = CliRun.of("ingest", CORPUS, "--data", data.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("articles stored 10,"), run.err());
    }

    @Test
    void analyze_examples_corpus_writes_a_record_per_article_and_live_blog_post() throws IOException {
        Path out = dir.resolve("out.json");
        CliRun run = CliRun.of("analyze", CORPUS, "--format", "json", "-o", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode records = JSON.readTree(Files.readString(out, StandardCharsets.UTF_8));
        Set<String> langs = new HashSet<>();
        JsonNode vienna = null;
        for (JsonNode r : records) {
            langs.add(r.get("lang").asText());
            if (r.get("id").asText().equals("01-vienna-talks-en")) vienna = r;
        }
        assertEquals(Set.of("en", "ru", "uk"), langs);
        assertTrue(vienna != null && vienna.get("entities").toString().contains("ww:sybiha"), String.valueOf(vienna));
    }

    @Test
    void quotes_by_sybiha_in_ukrainian_finds_his_words_in_three_languages() {
        CliRun run = CliRun.of("quotes", "--by", "Сибіга", CORPUS);
        assertEquals(0, run.exitCode(), run.err());
        Set<String> langs = new HashSet<>();
        for (String line : run.outLines()) langs.add(line.split("\\s+")[1]);
        assertEquals(Set.of("en", "ru", "uk"), langs, run.out());
        assertTrue(run.err().contains("9 quotes by Сибіга"), run.err());
    }

    @Test
    void events_of_type_attack_on_odesa_named_in_ukrainian_are_one_strike_told_by_seven_articles() {
        CliRun run = CliRun.of("events", "--type", "ATTACK", "--entity", "Одеса", CORPUS);
        assertEquals(0, run.exitCode(), run.err());
        String[] events = Arrays.stream(run.outLines()).filter(l -> !l.startsWith(" ")).toArray(String[]::new);
        assertEquals(1, events.length, run.out());
        assertTrue(events[0].startsWith("2025-03-14  ATTACK  190  actor=iso:RU target=ww:odesa"), events[0]);
        assertTrue(events[0].endsWith("mentions=7 in 7 articles (en,ru,uk)"), events[0]);
    }

    @Test
    void entity_sybiha_in_russian_shows_his_names_in_three_languages_and_his_mentions() {
        CliRun run = CliRun.of("entity", "Сибига", CORPUS);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Andrii Sybiha  ww:sybiha  (PER)"), run.out());
        assertTrue(run.out().contains("mentions: 9 in 5 articles"), run.out());
        for (String names : List.of("  en  ", "  ru  ", "  uk  ")) assertTrue(run.out().contains(names), run.out());
        assertTrue(run.out().contains("foreign_minister"), "his office as the articles give it: " + run.out());
    }

    @Test
    void search_for_an_inflected_name_finds_the_article_that_inflects_it() {
        CliRun run = CliRun.of("search", "Сибигу", "--data", data.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("02-vienna-talks-ru") && run.out().contains("[Сибига]"), run.out());
    }

    @Test
    void search_by_entity_finds_sybiha_in_every_language() throws IOException {
        CliRun run = CliRun.of("search", "--entity", "Sybiha", "--json", "--data", data.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode result = JSON.readTree(run.out());
        assertEquals(5, result.get("total").asInt(), run.out());
        Set<String> langs = new HashSet<>();
        for (JsonNode hit : result.get("items")) langs.add(hit.get("article").get("lang").asText());
        assertEquals(Set.of("en", "ru", "uk"), langs);
    }

    @Test
    void export_csv_writes_every_stored_article() throws IOException {
        Path out = dir.resolve("articles.csv");
        CliRun run = CliRun.of("export", "--format", "csv", "-o", out.toString(), "--data", data.toString());
        assertEquals(0, run.exitCode(), run.err());
        String csv = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("id,lang,published,source,url,title"), csv);
        assertTrue(csv.contains("01-vienna-talks-en") && csv.contains("05-odesa-drones-ru"), csv);
    }

    @Test
    void export_gdelt_events_and_mentions_give_the_odesa_strike_one_row_and_seven_mentions() {
        CliRun events = CliRun.of("export", "--format", "gdelt-events", "--data", data.toString());
        assertEquals(0, events.exitCode(), events.err());
        List<String[]> attacks = Arrays.stream(events.outLines()).map(l -> l.split("\t", -1))
                .filter(r -> r[26].equals("190") && r[5].equals("iso:RU") && r[58].equals("ww:odesa")).toList();
        assertEquals(1, attacks.size(), events.out());
        String id = attacks.get(0)[0];
        assertEquals("7", attacks.get(0)[33], "NumArticles");

        CliRun mentions = CliRun.of("export", "--format", "gdelt-mentions", "--data", data.toString());
        assertEquals(0, mentions.exitCode(), mentions.err());
        long rows = Arrays.stream(mentions.outLines()).filter(l -> l.startsWith(id + "\t")).count();
        assertEquals(7, rows, mentions.out());
    }

    @Test
    void stories_of_sybiha_named_in_russian_lead_with_the_vienna_story_in_three_languages() {
        CliRun run = CliRun.of("stories", "--entity", "Сибига", CORPUS);
        assertEquals(0, run.exitCode(), run.err());
        String first = run.outLines()[0];
        assertTrue(first.contains("\ten,ru,uk\t3\t") && first.contains("Vienna"), run.out());
    }

    @Test
    void story_of_an_article_shows_the_vienna_story_with_its_translation() {
        CliRun run = CliRun.of("story", "01-vienna-talks-en", CORPUS);
        assertEquals(0, run.exitCode(), run.err());
        for (String lang : List.of("en", "ru", "uk")) assertTrue(run.out().contains("  headline " + lang + ": "), run.out());
        assertTrue(run.out().contains("02-vienna-talks-ru  translation of 01-vienna-talks-en"), run.out());
        assertTrue(run.out().contains("03-vienna-talks-uk"), run.out());
    }

    /** examples/README.md: what `stories examples/corpus` lists. */
    @Test
    void stories_of_the_corpus_are_the_vienna_and_odesa_reports_and_the_units_left_alone() {
        CliRun run = CliRun.of("stories", CORPUS);
        assertEquals(0, run.exitCode(), run.err());
        String[] lines = run.outLines();
        assertEquals(11, lines.length, run.out());
        // the two three-language stories have three articles each, so either may come first
        String both = lines[0] + "\n" + lines[1];
        assertTrue(lines[0].contains("\ten,ru,uk\t3\t") && lines[1].contains("\ten,ru,uk\t3\t"), both);
        assertTrue(both.contains("Foreign ministers agree in Vienna") && both.contains("Two killed as drones hit Odesa"), both);
        for (int i = 2; i < lines.length; i++) assertTrue(lines[i].contains("\t1\t"), lines[i]);
    }
}
