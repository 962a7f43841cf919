package org.wirewatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code wirewatch alert add|list|remove}, and ingest recording matches once, across a kill between commit and delivery. */
class AlertCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void alerts_are_added_listed_matched_by_ingest_once_and_removed(@TempDir Path dir) throws IOException {
        Path data = dir.resolve("data");
        Path corpus = writeCorpus(dir.resolve("in.jsonl"), "a", "b", "c");
        CliRun add = CliRun.of("alert", "add", "harbour", "harbour", "--lang", "en", "--data", data.toString());
        assertEquals(0, add.exitCode(), add.err());
        assertTrue(add.out().contains("/api/alerts/harbour.atom"), add.out());
        assertEquals(0, CliRun.of("alert", "add", "all-uk", "--lang", "uk", "--data", data.toString()).exitCode());

        CliRun twice = CliRun.of("alert", "add", "harbour", "grain", "--data", data.toString());
        assertEquals(Main.EXIT_USAGE, twice.exitCode());
        assertTrue(twice.err().contains("exists already"), twice.err());
        CliRun badName = CliRun.of("alert", "add", "a/b", "x", "--data", data.toString());
        assertEquals(Main.EXIT_USAGE, badName.exitCode());
        assertTrue(badName.err().contains("alert name"), badName.err());
        CliRun nothing = CliRun.of("alert", "add", "empty", "--data", data.toString());
        assertEquals(Main.EXIT_USAGE, nothing.exitCode());

        CliRun ingest = CliRun.of("ingest", corpus.toString(), "--data", data.toString(), "--no-progress");
        assertEquals(0, ingest.exitCode(), ingest.err());
        assertEquals(List.of("a-en", "b-en", "c-en"), matches(data, "harbour"));
        assertEquals(List.of(), matches(data, "all-uk"));

        CliRun again = CliRun.of("ingest", corpus.toString(), writeCorpus(dir.resolve("more.jsonl"), "d").toString(),
                "--data", data.toString(), "--no-progress");
        assertEquals(0, again.exitCode(), again.err());
        assertEquals(List.of("a-en", "b-en", "c-en", "d-en"), matches(data, "harbour"), "stored again: recorded once");

        CliRun list = CliRun.of("alert", "list", "--data", data.toString());
        assertEquals(0, list.exitCode(), list.err());
        assertEquals(2, list.outLines().length, list.out());
        assertTrue(list.outLines()[0].startsWith("all-uk\t\t--lang uk\tmatches 0"), list.out());
        assertTrue(list.outLines()[1].startsWith("harbour\tharbour\t--lang en\tmatches 4"), list.out());

        assertEquals(0, CliRun.of("alert", "remove", "harbour", "--data", data.toString()).exitCode());
        CliRun gone = CliRun.of("alert", "remove", "harbour", "--data", data.toString());
        assertEquals(1, gone.exitCode());
        assertTrue(gone.err().contains("no alert named harbour"), gone.err());
        assertEquals(1, CliRun.of("alert", "list", "--data", data.toString()).outLines().length);
        assertFalse(Files.exists(data.resolve("alerts").resolve("matches").resolve("harbour.jsonl")));
    }

    /**
     * A real {@code wirewatch ingest} JVM is killed after its commit, while the webhook it is
     * delivering to holds the request unanswered. The next ingest (nothing new to store) delivers
     * it; the alert holds each article once, and the receiver got every match.
     */
    @Test
    void a_kill_between_commit_and_delivery_loses_nothing_and_duplicates_no_match(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        Path corpus = writeCorpus(dir.resolve("in.jsonl"), "a", "b");
        CountDownLatch reached = new CountDownLatch(1);
        CountDownLatch never = new CountDownLatch(1);
        List<String> delivered = Collections.synchronizedList(new ArrayList<>());
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        boolean[] answering = {false};
        receiver.createContext("/hook", exchange -> {
            JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
            if (!answering[0]) {
                reached.countDown();
                try {
                    never.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                exchange.close();
                return;
            }
            delivered.add(body.get("article").get("id").asText());
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        receiver.start();
        try {
            String hook = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
            assertEquals(0, CliRun.of("alert", "add", "harbour", "harbour", "--webhook", hook, "--data", data.toString()).exitCode());
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process child = new ProcessBuilder(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                    Main.class.getName(), "ingest", corpus.toString(), "--data", data.toString(), "--no-progress", "--threads", "1")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            try {
                assertTrue(reached.await(120, TimeUnit.SECONDS), "the child committed and began delivering");
            } finally {
                child.destroyForcibly();
                assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            }
            never.countDown();
            assertEquals(List.of("a-en", "b-en"), matches(data, "harbour"), "the matches were recorded before delivery began");

            answering[0] = true;
            CliRun restart = CliRun.of("ingest", corpus.toString(), "--data", data.toString(), "--no-progress");
            assertEquals(0, restart.exitCode(), restart.err());
            assertTrue(restart.err().contains("articles stored 0"), restart.err());
            assertEquals(List.of("a-en", "b-en"), matches(data, "harbour"), "no duplicates after the restart");
            Collections.sort(delivered);
            assertEquals(List.of("a-en", "b-en"), delivered, "every match delivered once the receiver answers");
            assertFalse(Files.exists(data.resolve("alerts").resolve("webhook-failures.log")));
        } finally {
            never.countDown();
            receiver.stop(0);
        }
    }

    private static List<String> matches(Path data, String alert) throws IOException {
        Path file = data.resolve("alerts").resolve("matches").resolve(alert + ".jsonl");
        List<String> ids = new ArrayList<>();
        if (!Files.exists(file)) return ids;
        for (String line : Files.readAllLines(file)) ids.add(JSON.readTree(line).get("article").asText());
        return ids;
    }

    /** Invented English harbour reports, one per name, ids NAME-en. */
    private static Path writeCorpus(Path file, String... names) throws IOException {
        StringBuilder lines = new StringBuilder();
        for (String n : names) {
            lines.append(JSON.writeValueAsString(java.util.Map.of("id", n + "-en", "lang", "en", "published", "2025-05-0" + (n.charAt(0) - 'a' + 1),
                    "title", "Harbour report " + n, "text", "The harbour of Burgas reopened berth " + n + " after repairs, the port authority said on Monday.")))
                    .append('\n');
        }
        Files.writeString(file, lines);
        return file;
    }
}
