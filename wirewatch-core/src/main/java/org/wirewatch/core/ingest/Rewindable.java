package org.wirewatch.core.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * An input that can be given back bytes it has read, counting the position of the next byte, so
 * a reader that finds a record damaged can step back and search the same bytes for the next one.
 * Not thread-safe; the caller owns the underlying stream.
 */
final class Rewindable {
    private final InputStream in;
    private final Deque<byte[]> back = new ArrayDeque<>();
    private int backAt;
    private long position;

    Rewindable(InputStream in) {
        this.in = in;
    }

    /** Offset of the next byte from the start of the stream. */
    long position() {
        return position;
    }

    int read() throws IOException {
        byte[] chunk = back.peekFirst();
        if (chunk != null) {
            int b = chunk[backAt++] & 0xff;
            if (backAt == chunk.length) {
                back.removeFirst();
                backAt = 0;
            }
            position++;
            return b;
        }
        int b = in.read();
        if (b >= 0) position++;
        return b;
    }

    /** Up to {@code n} bytes; fewer only at the end of the input. */
    byte[] readUpTo(int n) throws IOException {
        byte[] out = new byte[n];
        int got = 0;
        while (got < n && !back.isEmpty()) out[got++] = (byte) read();
        while (got < n) {
            int r = in.read(out, got, n - got);
            if (r < 0) break;
            got += r;
            position += r;
        }
        return got == n ? out : java.util.Arrays.copyOf(out, got);
    }

    /** Skips up to {@code n} bytes; returns how many there were. */
    long skip(long n) throws IOException {
        long skipped = 0;
        while (skipped < n && !back.isEmpty()) {
            read();
            skipped++;
        }
        while (skipped < n) {
            byte[] chunk = readUpTo((int) Math.min(64 * 1024, n - skipped));
            if (chunk.length == 0) break;
            skipped += chunk.length;
        }
        return skipped;
    }

    /** Gives back {@code bytes[from..to)}, which were the last bytes read: they are read again next. */
    void unread(byte[] bytes, int from, int to) {
        if (to <= from) return;
        byte[] chunk = java.util.Arrays.copyOfRange(bytes, from, to);
        if (backAt > 0) {
            byte[] first = back.removeFirst();
            back.addFirst(java.util.Arrays.copyOfRange(first, backAt, first.length));
            backAt = 0;
        }
        back.addFirst(chunk);
        position -= chunk.length;
    }
}
