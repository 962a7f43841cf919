package org.wirewatch.cli;

import java.io.IOException;
import java.io.PrintWriter;

/** How verbs that use the store report it failing (no index yet, locked by another process, disk): one line, no stack trace. */
final class StoreFailure {
    /** Exit status for an input/output failure (sysexits EX_IOERR). */
    static final int EXIT_IO = 74;

    private StoreFailure() {}

    static int report(PrintWriter err, String verb, IOException e) {
        err.println("wirewatch " + verb + ": " + e.getMessage());
        return EXIT_IO;
    }
}
