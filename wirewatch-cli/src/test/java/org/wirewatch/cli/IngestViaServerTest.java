package org.wirewatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewatch.core.app.Resources;
import org.wirewatch.core.app.Wirewatch;
import org.wirewatch.core.kb.KnowledgeBase;
import org.wirewatch.core.kb.KnowledgeBases;
import org.wirewatch.core.lang.LanguageIdentifier;
import org.wirewatch.core.pipeline.PipelineSettings;
import org.wirewatch.index.StoredStories;
import org.wirewatch.index.WirewatchIndex;
import org.wirewatch.server.ServerSettings;
import org.wirewatch.server.WirewatchServer;

/** While `serve` holds the index, ingest is refused with 74 and can send its articles to the server instead. */
class IngestViaServerTest {
    private static final Path CORPUS = Path.of(System.getProperty("wirewatch.root", "."), "examples", "corpus");
    private static final KnowledgeBase KB = KnowledgeBases.builtIn();

    @Test
    void beside_a_running_server_ingest_exits_74_and_via_the_server_stores_the_articles(@TempDir Path data, @TempDir Path in)
            throws IOException {
        Wirewatch wirewatch = new Wirewatch(Resources.with(KB), new PipelineSettings(false, LanguageIdentifier.defaultLanguages()));
        Path good = CORPUS.resolve("01-vienna-talks-en.txt");
        Path lines = Files.writeString(in.resolve("two.jsonl"), "{\"id\":\"via-1\",\"lang\":\"en\",\"text\":\"The ferry from Varna "
                + "to Odesa resumed on Wednesday, operators said.\"}\n{\"id\":\"via-2\",\"text\":5}\n");
        try (WirewatchIndex index = WirewatchIndex.open(data, KB);
             WirewatchServer server = WirewatchServer.start(ServerSettings.loopback(0), index,
                     StoredStories.open(data, wirewatch.resources().packs()), wirewatch)) {
            CliRun local = CliRun.of("ingest", good.toString(), "--data", data.toString());
            assertEquals(74, local.exitCode(), local.err());
            assertTrue(local.err().contains("--via"), local.err());

            CliRun via = CliRun.of("ingest", good.toString(), lines.toString(), "--via", server.url(), "--data", data.toString());
            assertEquals(1, via.exitCode(), "one line failed: " + via.err());
            assertTrue(via.err().contains("articles stored 2, unchanged 0, failed 1"), via.err());
            assertTrue(via.err().contains("\"text\" must be a string"), via.err());
            assertTrue(index.get("01-vienna-talks-en").isPresent());
            assertTrue(index.get("via-1").isPresent());
            assertTrue(index.get("via-1").get().story() != null, "placed in a story by the server");
        }
    }

    @Test
    void an_unreachable_server_is_exit_74_with_its_address(@TempDir Path data) throws IOException {
        CliRun via = CliRun.of("ingest", CORPUS.resolve("01-vienna-talks-en.txt").toString(), "--via", "http://127.0.0.1:1",
                "--data", data.toString());
        assertEquals(74, via.exitCode(), via.err());
        assertTrue(via.err().contains("cannot reach http://127.0.0.1:1/api/articles"), via.err());
    }
}
