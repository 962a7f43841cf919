package org.wirewatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewatch.core.kb.KnowledgeBases;
import org.wirewatch.core.lang.LanguagePacks;
import org.wirewatch.core.story.Story;
import org.wirewatch.index.StoredStories;
import org.wirewatch.index.WirewatchIndex;

/**
 * The store's fault test: a real {@code wirewatch ingest} JVM, placing articles in stories and
 * committing every two, is killed with SIGKILL at a seeded random moment, twenty times over the
 * same data directory. After each kill the index opens, holds every article the child reported
 * committed, and {@code stories.json} holds each committed article in exactly one story and nothing
 * else; articles stored by an earlier round are never changed; a last run completes the corpus.
 */
class StoreFaultTest {
    private static final int ROUNDS = 20;
    private static final int STORIES = 40;
    private static final int PER_STORY = 6;
    private static final long SEED = 16;
    /** The longest a child runs after its first commit before it is killed. */
    private static final int MAX_DELAY_MS = 400;
    private static final Pattern COMMITTED = Pattern.compile("committed: the index holds (\\d+) articles");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void killed_ingests_leave_an_index_and_story_state_that_agree(@TempDir Path dir) throws Exception {
        Path corpus = writeCorpus(dir.resolve("corpus.jsonl"));
        Path data = dir.resolve("data");
        Random random = new Random(SEED);
        Map<String, String> storedBefore = new HashMap<>();
        for (int round = 0; round < ROUNDS; round++) {
            long reported = ingestKilledAfter(corpus, data, random.nextInt(MAX_DELAY_MS));
            Map<String, String> stored = storedAgreeingWithStories(data, "round " + round);
            assertTrue(stored.size() >= reported, "round " + round + ": " + stored.size() + " articles survived, "
                    + reported + " were reported committed");
            unchanged(storedBefore, stored, "round " + round);
            storedBefore.putAll(stored);
        }

        CliRun rest = CliRun.of("ingest", corpus.toString(), "--data", data.toString(), "--no-progress");
        assertEquals(0, rest.exitCode(), rest.err());
        Map<String, String> stored = storedAgreeingWithStories(data, "the last run");
        assertEquals(STORIES * PER_STORY, stored.size(), "the last run stores the rest of the corpus");
        unchanged(storedBefore, stored, "the last run");
    }

    /** Runs ingest in a child JVM, kills it {@code delayMs} after its first commit; returns the largest total it reported committed. */
    private static long ingestKilledAfter(Path corpus, Path data, int delayMs) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "ingest", corpus.toString(), "--data", data.toString(), "--batch", "2", "--progress",
                "--threads", "1")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        AtomicLong reported = new AtomicLong(-1);
        AtomicReference<String> lastLines = new AtomicReference<>("");
        Thread reader = new Thread(() -> readCommits(child, reported, lastLines));
        reader.start();
        try {
            long waited = 0;
            while (reported.get() < 0 && child.isAlive() && waited < 60_000) {
                Thread.sleep(10);
                waited += 10;
            }
            Thread.sleep(delayMs);
        } finally {
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child did not die");
            reader.join(10_000);
        }
        if (reported.get() < 0 && child.exitValue() != 0 && !lastLines.get().contains("unchanged")) {
            throw new AssertionError("the child neither committed nor finished: " + lastLines.get());
        }
        return Math.max(0, reported.get());
    }

    private static void readCommits(Process child, AtomicLong reported, AtomicReference<String> lastLines) {
        try (BufferedReader err = new BufferedReader(new InputStreamReader(child.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = err.readLine()) != null; ) {
                Matcher m = COMMITTED.matcher(line);
                if (m.find()) reported.set(Long.parseLong(m.group(1)));
                else lastLines.set(line);
            }
        } catch (IOException e) {
            // the child was killed mid-line: what it reported before stands
        }
    }

    /**
     * Opens the index for writing (as the next ingest will) and the story state, and checks that
     * they agree: every stored article is in exactly one story, under the story its record names,
     * and the stories hold no article the index lacks. Returns the stored records by id.
     */
    private static Map<String, String> storedAgreeingWithStories(Path data, String when) throws IOException {
        try (WirewatchIndex index = WirewatchIndex.open(data, KnowledgeBases.builtIn())) {
            assertTrue(index.size() >= 0, when + ": the index opens");
        }
        CliRun export = CliRun.of("export", "--format", "jsonl", "--data", data.toString());
        assertEquals(0, export.exitCode(), when + ": " + export.err());
        Map<String, String> stored = new HashMap<>();
        Map<String, String> storyOf = new HashMap<>();
        for (String line : export.outLines()) {
            JsonNode record = JSON.readTree(line);
            stored.put(record.get("id").asText(), line);
            storyOf.put(record.get("id").asText(), record.path("story").asText(null));
        }
        if (stored.isEmpty()) return stored;

        StoredStories stories = StoredStories.open(data, LanguagePacks.discover());
        Map<String, String> placedIn = new HashMap<>();
        for (Story story : stories.stories()) {
            for (String article : story.timeline().stream().map(Story.StoryItem::article).distinct().toList()) {
                String other = placedIn.put(article, story.id());
                assertTrue(other == null, when + ": " + article + " is in two stories, " + other + " and " + story.id());
            }
        }
        for (String id : stored.keySet()) {
            String story = placedIn.get(id);
            assertTrue(story != null, when + ": committed article " + id + " is in no story of stories.json");
            assertEquals(story, stories.resolve(storyOf.get(id)), when + ": " + id + " is stored with another story than it is placed in");
        }
        List<String> phantoms = placedIn.keySet().stream().filter(id -> !stored.containsKey(id)).sorted().toList();
        assertEquals(List.of(), phantoms, when + ": stories.json holds articles the index does not");
        return stored;
    }

    private static void unchanged(Map<String, String> before, Map<String, String> now, String when) {
        before.forEach((id, record) -> assertEquals(record, now.get(id), when + " changed or lost " + id));
    }

    /** Short dated English reports, {@link #PER_STORY} about each of {@link #STORIES} events, shuffled. */
    private static Path writeCorpus(Path file) throws IOException {
        String[] people = {"Mara Ellison", "Tomas Varga", "Ines Holloway", "Oskar Lindqvist", "Priya Namdev", "Kwame Asante",
            "Lena Brandt", "Rafael Ortega"};
        String[] places = {"Tallinn", "Porto", "Gdansk", "Tbilisi", "Valletta", "Bergen", "Split", "Ljubljana", "Nantes", "Cluj"};
        String[] topics = {"grain shipments", "a power line", "fishing quotas", "a rail tunnel", "flood barriers", "port fees",
            "wind farms", "water prices"};
        Random random = new Random(SEED);
        List<ObjectNode> articles = new java.util.ArrayList<>();
        for (int s = 0; s < STORIES; s++) {
            String person = people[s % people.length];
            String place = places[(s * 3) % places.length];
            String topic = topics[(s * 5 + s / 8) % topics.length];
            int day = 1 + s % 27;
            for (int n = 0; n < PER_STORY; n++) {
                ObjectNode a = JSON.createObjectNode();
                a.put("id", String.format("s%02d-%d", s, n));
                a.put("lang", "en");
                a.put("source", "wire" + n % 3);
                a.put("published", String.format("2026-03-%02dT%02d:%02d:00Z", day, 8 + n, random.nextInt(60)));
                a.put("title", person + " discusses " + topic + " in " + place + " (" + (n + 1) + ")");
                a.put("text", person + " met officials in " + place + " on day " + day + " of March to talk about " + topic
                        + ". Report " + (n + 1) + " from " + place + ": the talks on " + topic + " lasted " + (2 + random.nextInt(9))
                        + " hours, and " + person + " said a plan would follow within " + (3 + random.nextInt(20)) + " days.");
                articles.add(a);
            }
        }
        java.util.Collections.shuffle(articles, random);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (ObjectNode a : articles) out.write(JSON.writeValueAsString(a) + "\n");
        }
        return file;
    }
}
