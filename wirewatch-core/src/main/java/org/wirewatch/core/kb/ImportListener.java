package org.wirewatch.core.kb;

/** Hears about a running import: each malformed line, and progress now and then. */
public interface ImportListener {
    /** A line that could not be read; the import goes on. */
    void malformed(String file, long line, String message);

    /** Called every {@link WikidataDumpReader#PROGRESS_EVERY} lines. */
    default void progress(long lines, long kept) {}
}
