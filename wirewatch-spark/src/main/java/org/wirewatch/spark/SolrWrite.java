package org.wirewatch.spark;

import java.util.Locale;

/**
 * What a run stored in its SolrCloud collection, known once Solr acknowledged the commit.
 *
 * @param stored    articles sent and committed by this run
 * @param unchanged articles the collection already held (same id, or same title and text under another id), and
 *                  repeats within the run (stored once)
 * @param total     the articles the collection holds after the commit
 * @param seconds   the write's wall time, from the look-ups to the acknowledged commit
 */
public record SolrWrite(long stored, long unchanged, long total, double seconds) {
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "articles stored %d, unchanged %d; the collection holds %d (%.1f s, %.0f articles/s)",
                stored, unchanged, total, seconds, (stored + unchanged) / Math.max(seconds, 1e-3));
    }
}
