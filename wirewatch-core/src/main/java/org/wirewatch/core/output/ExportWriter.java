package org.wirewatch.core.output;

import java.io.Closeable;
import java.io.IOException;
import org.wirewatch.core.model.Article;

/** Writes the rows one article gives in one export format; closing flushes but does not close the underlying writer. */
public interface ExportWriter extends Closeable {
    void write(Article article) throws IOException;
}
