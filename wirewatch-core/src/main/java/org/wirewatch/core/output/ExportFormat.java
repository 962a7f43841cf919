package org.wirewatch.core.output;

import java.io.IOException;
import java.io.Writer;

/**
 * One way of writing analysed articles out (JSONL, CSV, GDELT-shaped tables…). The export
 * verb looks formats up by {@link #name()}; each format owns its layout and documents it.
 */
public interface ExportFormat {
    /** The name users give after {@code --format}, e.g. "jsonl". */
    String name();

    /** Starts an export into {@code out} (writing a header if the format has one). */
    ExportWriter open(Writer out) throws IOException;
}
