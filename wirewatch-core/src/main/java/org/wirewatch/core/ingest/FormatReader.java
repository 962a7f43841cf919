package org.wirewatch.core.ingest;

import java.io.IOException;
import java.io.InputStream;
import org.wirewatch.core.model.SourceRef;

/** Reads one input format. Implementations are stateless and may be shared between threads. */
interface FormatReader {
    /**
     * Hands every article in {@code in} to the sink, and reports each bad item as an error with its
     * position. Throws only when the stream itself fails before the reader knows where it was;
     * the caller then reports the failure against {@code where}.
     */
    void read(InputStream in, SourceRef where, ArticleSink sink) throws IOException;
}
