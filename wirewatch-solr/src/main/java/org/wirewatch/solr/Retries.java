package org.wirewatch.solr;

import java.io.IOException;
import java.time.Duration;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.common.SolrException;

/**
 * Retries a request to the cluster while it cannot answer for a while (a node stopped, a shard
 * electing a new leader, a replica recovering), waiting longer each time, for at most
 * {@code patience}; then the last failure is thrown. Only for requests that may be sent twice.
 * Immutable.
 */
public record Retries(Duration patience) {
    private static final long FIRST_WAIT_MS = 250;
    private static final long LONGEST_WAIT_MS = 4_000;

    /** What a production run waits: a leader election takes seconds, a node restart a minute. */
    public static Retries standard() {
        return new Retries(Duration.ofSeconds(90));
    }

    /** One request to the cluster. */
    @FunctionalInterface
    public interface Request<T> {
        T send() throws SolrServerException, IOException;
    }

    public <T> T call(String what, Request<T> request) throws IOException {
        long deadline = System.nanoTime() + patience.toNanos();
        long wait = FIRST_WAIT_MS;
        while (true) {
            try {
                return request.send();
            } catch (SolrServerException | IOException | SolrException e) {
                if (!retriable(e) || System.nanoTime() + wait * 1_000_000 > deadline) {
                    throw new IOException("Solr could not " + what + ": " + e.getMessage(), e);
                }
            }
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting to " + what, e);
            }
            wait = Math.min(LONGEST_WAIT_MS, wait * 2);
        }
    }

    public void run(String what, Request<?> request) throws IOException {
        call(what, request);
    }

    /** A request Solr refused as wrong (a bad query, a field the schema lacks) fails at once; the cluster being away is retried. */
    private static boolean retriable(Exception e) {
        if (e instanceof SolrException s) return s.code() >= 500 || s.code() == -1;
        return true;
    }
}
