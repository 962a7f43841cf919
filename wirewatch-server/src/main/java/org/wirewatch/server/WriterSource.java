package org.wirewatch.server;

import java.io.IOException;
import org.wirewatch.index.StoredStories;
import org.wirewatch.index.ArticleIndex;

/**
 * Opens the index for writing, for a server that started read-only beside another writer: tried
 * again on each POST, so the server takes over writing once that process (ingest, watch) exits.
 */
@FunctionalInterface
public interface WriterSource {
    /** The index open for writing and the stories stored beside it (read after the lock is taken, so they are current). */
    record Writer(ArticleIndex index, StoredStories stories) {}

    /** @throws org.wirewatch.index.IndexLockedException while another process still writes the index */
    Writer open() throws IOException;
}
