package org.wirewatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** watch: new files in a folder, new items of a feed served by a local HTTP server. */
class WatchCommandTest {
    private static final String FEED = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Coast Weekly</title><link>http://127.0.0.1/</link><description>invented</description>
            <item><title>Lighthouse in Varna repainted</title><link>http://127.0.0.1/news/lighthouse</link>
            <pubDate>Mon, 18 Nov 2024 09:00:00 GMT</pubDate>
            <description>The old lighthouse in Varna was repainted red and white this week, the harbour master said.</description></item>
            <item><title>Ferry timetable changes in winter</title><link>http://127.0.0.1/news/ferry</link>
            <pubDate>Tue, 19 Nov 2024 09:00:00 GMT</pubDate>
            <description>Ferries between Varna and Odesa will sail twice a week from December, operators said.</description></item>
            </channel></rss>
            """;

    @Test
    void files_already_in_the_folder_are_stored_once(@TempDir Path dir) throws IOException {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Path file = inbox.resolve("storm.txt");
        Files.writeString(file, "Storm closes Varna port\n\nA storm closed the port of Varna on Monday, officials said.\n");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(60)));

        CliRun run = CliRun.of("watch", inbox.toString(), "--every", "1s", "--rounds", "2", "--data", dir.resolve("data").toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("articles stored 1,"), run.err());
        assertEquals(1, CliRun.of("export", "--format", "jsonl", "--data", dir.resolve("data").toString()).outLines().length);
    }

    @Test
    void a_feed_is_polled_and_each_item_stored_once(@TempDir Path dir) throws IOException {
        AtomicInteger polls = new AtomicInteger();
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        http.createContext("/rss.xml", exchange -> {
            polls.incrementAndGet();
            byte[] body = FEED.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/rss+xml");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        http.start();
        try {
            String url = "http://127.0.0.1:" + http.getAddress().getPort() + "/rss.xml";
            CliRun run = CliRun.of("watch", "--feed", url, "--every", "1s", "--rounds", "2", "--data", dir.resolve("data").toString());
            assertEquals(0, run.exitCode(), run.err());
            assertEquals(2, polls.get());
            assertTrue(run.err().contains("articles stored 2,"), run.err());
            CliRun export = CliRun.of("export", "--format", "jsonl", "--data", dir.resolve("data").toString());
            assertEquals(2, export.outLines().length, "the second poll stored nothing new");
        } finally {
            http.stop(0);
        }
    }

    @Test
    void an_unreachable_feed_is_reported_and_watching_goes_on(@TempDir Path dir) {
        CliRun run = CliRun.of("watch", "--feed", "http://127.0.0.1:9/none.xml", "--every", "1s", "--rounds", "1",
                "--data", dir.resolve("data").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("error:"), run.err());
    }

    @Test
    void an_interval_must_be_readable() {
        CliRun run = CliRun.of("watch", "--feed", "x.xml", "--every", "soon");
        assertEquals(Main.EXIT_USAGE, run.exitCode());
        assertTrue(run.err().contains("30s"), run.err());
    }
}
