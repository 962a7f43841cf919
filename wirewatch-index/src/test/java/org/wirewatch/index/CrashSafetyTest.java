package org.wirewatch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewatch.core.kb.KnowledgeBases;

/** A real ingesting JVM killed with SIGKILL mid-ingest leaves an index that opens and holds every reported commit. */
class CrashSafetyTest {
    private static final int BATCH = 25;

    @Test
    void killing_an_ingest_loses_nothing_it_reported_committed(@TempDir Path data) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                IngestChild.class.getName(), data.toString(), String.valueOf(BATCH))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        long reported = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; reported < 5 * BATCH && (line = out.readLine()) != null; ) {
                if (line.startsWith("committed ")) reported = Long.parseLong(line.substring("committed ".length()));
            }
        } finally {
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child did not die");
        }
        assertTrue(reported >= 5 * BATCH, "the child reported only " + reported + " committed articles");

        try (WirewatchIndex index = WirewatchIndex.open(data, KnowledgeBases.builtIn())) {
            assertTrue(index.size() >= reported, index.size() + " articles survived, " + reported + " were reported committed");
            assertEquals(0, index.size() % BATCH, "only whole commits survive");
            for (int n = 0; n < reported; n++) assertTrue(index.get(IngestChild.id(n)).isPresent(), "lost " + IngestChild.id(n));
            assertTrue(index.search(SearchRequest.all().withEntity("Сибіга")).total() >= reported);
        }
    }
}
