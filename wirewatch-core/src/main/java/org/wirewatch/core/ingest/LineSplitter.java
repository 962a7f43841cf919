package org.wirewatch.core.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines without ever holding more than one line, and never more than
 * {@code maxLineBytes} of it: a longer line is skipped to its end and returned without bytes.
 */
final class LineSplitter {
    /** One line without its terminator; {@code bytes} is null when the line was over the limit. */
    record Line(long number, long offset, byte[] bytes) {
        boolean tooLong() {
            return bytes == null;
        }
    }

    private final InputStream in;
    private final long maxLineBytes;
    private final byte[] buffer = new byte[64 * 1024];
    private final ByteArrayOutputStream current = new ByteArrayOutputStream();
    private int pos;
    private int end;
    private long consumed;
    private long lineNumber;
    private boolean eof;

    LineSplitter(InputStream in, long maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** Number of the line {@link #next} returns next: useful to report where a read failed. */
    long nextLineNumber() {
        return lineNumber + 1;
    }

    /** The next line, or null at the end of input. */
    Line next() throws IOException {
        current.reset();
        long start = consumed;
        long length = 0;
        while (true) {
            if (pos == end && !fill()) {
                if (length == 0) return null;
                return finish(start, length);
            }
            int nl = indexOfNewline();
            int stop = nl < 0 ? end : nl;
            length += stop - pos;
            if (length <= maxLineBytes) current.write(buffer, pos, stop - pos);
            consumed += (nl < 0 ? stop : nl + 1) - pos;
            pos = nl < 0 ? end : nl + 1;
            if (nl >= 0) return finish(start, length);
        }
    }

    private Line finish(long start, long length) {
        lineNumber++;
        if (length > maxLineBytes) return new Line(lineNumber, start, null);
        byte[] bytes = current.toByteArray();
        int n = bytes.length;
        if (n > 0 && bytes[n - 1] == '\r') bytes = Arrays.copyOf(bytes, n - 1);
        return new Line(lineNumber, start, bytes);
    }

    private int indexOfNewline() {
        for (int i = pos; i < end; i++) {
            if (buffer[i] == '\n') return i;
        }
        return -1;
    }

    private boolean fill() throws IOException {
        if (eof) return false;
        int n = in.read(buffer);
        if (n < 0) {
            eof = true;
            return false;
        }
        pos = 0;
        end = n;
        return true;
    }
}
