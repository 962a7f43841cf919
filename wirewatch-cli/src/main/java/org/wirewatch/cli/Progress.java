package org.wirewatch.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A one-line progress report on standard error, redrawn at most a few times a second. Silent
 * unless standard error is a terminal or the user asked for it, so logs stay clean.
 */
final class Progress {
    private static final long REDRAW_NANOS = 250_000_000L;

    private final PrintWriter err;
    private final boolean enabled;
    private final String verb;
    private final long started = System.nanoTime();
    private long lastDrawn;
    private long done;
    private long failed;

    Progress(PrintWriter err, Boolean requested, String verb) {
        this.err = err;
        this.enabled = requested != null ? requested : standardErrorIsTerminal();
        this.verb = verb;
    }

    void succeeded() {
        done++;
        maybeDraw();
    }

    void failed() {
        failed++;
        maybeDraw();
    }

    long done() {
        return done;
    }

    long failures() {
        return failed;
    }

    double perSecond() {
        double seconds = (System.nanoTime() - started) / 1e9;
        return seconds <= 0 ? 0 : done / seconds;
    }

    /**
     * Says on a line of its own that a commit returned (what is reported here survives a crash);
     * {@code total}: the articles the index holds.
     */
    void committed(long total) {
        if (!enabled) return;
        err.printf(Locale.ROOT, "\r\033[Kcommitted: the index holds %d articles%n", total);
        err.flush();
    }

    /** Clears the progress line so the final summary starts on a clean line. */
    void finish() {
        if (enabled && lastDrawn != 0) err.print("\r\033[K");
    }

    private void maybeDraw() {
        if (!enabled) return;
        long now = System.nanoTime();
        if (now - lastDrawn < REDRAW_NANOS) return;
        lastDrawn = now;
        err.printf(Locale.ROOT, "\r\033[K%s %,d articles · %.1f/s · %d failed", verb, done, perSecond(), failed);
        err.flush();
    }

    /** Linux tells through /proc which device standard error is; elsewhere assume no terminal. */
    private static boolean standardErrorIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (Exception e) {
            return false;
        }
    }
}
