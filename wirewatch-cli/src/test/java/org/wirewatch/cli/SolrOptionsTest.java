package org.wirewatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/**
 * The --solr and --collection options without a cluster: usage errors, and a cluster that does not
 * answer reported at once, naming the address. (The store itself is tested on a real SolrCloud in
 * wirewatch-solr, whose Jetty 10 cannot share this module's test class path with Javalin's Jetty 11.)
 */
class SolrOptionsTest {

    @Test
    void solr_without_a_collection_is_a_usage_error() {
        CliRun run = CliRun.of("search", "grain", "--solr", "localhost:2181");
        assertEquals(Main.EXIT_USAGE, run.exitCode());
        assertTrue(run.err().contains("--solr and --collection go together"), run.err());
    }

    @Test
    void a_solr_url_nobody_answers_is_reported_with_the_address_and_exit_74() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        String url = "http://127.0.0.1:" + port + "/solr";
        CliRun run = CliRun.of("export", "--format", "jsonl", "--solr", url, "--collection", "news");
        assertEquals(StoreFailure.EXIT_IO, run.exitCode());
        assertTrue(run.err().contains("cannot reach the SolrCloud at " + url), run.err());
    }
}
