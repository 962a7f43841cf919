package org.wirewatch.core.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * Finds WARC record boundaries without trusting them: a header that does not start with a WARC
 * version line or lacks a Content-Length, or a block that does not end in the CRLF CRLF the length
 * promises, marks the record damaged, and the search for the next record starts again just after
 * the damaged record's first byte, at the next "WARC/1.x" version line. Blocks up to
 * {@link #BUFFERED_BLOCK} bytes are held so they can be searched again; larger ones stream through.
 */
final class WarcFraming {
    static final int BUFFERED_BLOCK = 1 << 20;
    private static final int MAX_HEADER = 64 * 1024;
    private static final byte[] VERSION = "WARC/".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] VERSION_PREFIX = "WARC/1.".getBytes(StandardCharsets.US_ASCII);
    /** "WARC/1.1\r\n" */
    private static final int VERSION_LINE = 10;

    private WarcFraming() {}

    /** One record: its bytes as a stream, or the problem that made it unreadable. */
    static final class Framed {
        private final long start;
        private final String problem;
        private final boolean resumed;
        private final InputStream stream;
        private final Rewindable input;
        private final long unreadBlock;
        private final boolean streamed;
        private final CountingStream block;

        private Framed(long start, String problem, boolean resumed, InputStream stream, Rewindable input, long blockLength,
                       CountingStream block) {
            this.start = start;
            this.problem = problem;
            this.resumed = resumed;
            this.stream = stream;
            this.input = input;
            this.unreadBlock = blockLength;
            this.streamed = block != null;
            this.block = block;
        }

        long start() {
            return start;
        }

        /** Why the record cannot be read, or null. */
        String problem() {
            return problem;
        }

        /** Whether a next record was found after the damaged one. */
        boolean resumed() {
            return resumed;
        }

        InputStream stream() {
            return stream;
        }

        /** Moves past a streamed block and its end marker; the problem if they do not line up, else null. */
        String finish() throws IOException {
            if (!streamed) return null;
            input.skip(unreadBlock - block.count);
            byte[] end = input.readUpTo(4);
            if (isEnd(end)) return null;
            return "Content-Length does not end at a record boundary";
        }
    }

    /** The next record, null at the end of the input. */
    static Framed next(Rewindable input) throws IOException {
        skipLineBreaks(input);
        long start = input.position();
        byte[] header = readHeader(input);
        if (header.length == 0) return null;
        String text = new String(header, StandardCharsets.ISO_8859_1);
        if (!startsWith(header, VERSION)) return damaged(input, start, header, null, "no WARC version line");
        if (!text.endsWith("\n\n") && !text.endsWith("\r\n\r\n")) return damaged(input, start, header, null, "truncated: the header is cut short");
        long length = contentLength(text);
        if (length < 0) return damaged(input, start, header, null, "no valid Content-Length");
        if (length > BUFFERED_BLOCK) {
            CountingStream block = new CountingStream(input, length);
            return new Framed(start, null, false, new SequenceInputStream(new ByteArrayInputStream(header), block), input, length, block);
        }
        byte[] block = input.readUpTo((int) length);
        if (block.length < length) return damaged(input, start, header, block, "truncated: cut short in its block");
        byte[] end = input.readUpTo(4);
        if (!isEnd(end)) {
            return damaged(input, start, header, concat(block, end), "Content-Length " + length + " does not end at a record boundary");
        }
        return new Framed(start, null, false, new ByteArrayInputStream(concat(header, block)), input, length, null);
    }

    /** Gives back all but the first byte of the damaged record and looks for the next record there. */
    private static Framed damaged(Rewindable input, long start, byte[] header, byte[] rest, String problem) throws IOException {
        if (rest != null) input.unread(rest, 0, rest.length);
        input.unread(header, 1, header.length);
        return new Framed(start, problem, resync(input), null, input, 0, null);
    }

    /**
     * Advances to the next "WARC/1.x" version line; false at the end of the input. The line need not
     * start after a line break: a record cut short runs straight into the header of the next.
     */
    static boolean resync(Rewindable input) throws IOException {
        for (int b; (b = input.read()) >= 0; ) {
            if (b != 'W') continue;
            byte[] rest = input.readUpTo(VERSION_LINE - 1);
            input.unread(rest, 0, rest.length);
            if (isVersionLine(rest)) {
                input.unread(VERSION, 0, 1);
                return true;
            }
        }
        return false;
    }

    /** "ARC/1.0\r\n" or "ARC/1.1\r\n": the version line after its "W". */
    private static boolean isVersionLine(byte[] rest) {
        return rest.length == VERSION_LINE - 1 && Arrays.equals(rest, 0, 6, VERSION_PREFIX, 1, 7)
                && rest[6] >= '0' && rest[6] <= '9' && rest[7] == '\r' && rest[8] == '\n';
    }

    private static void skipLineBreaks(Rewindable input) throws IOException {
        for (int b; (b = input.read()) >= 0; ) {
            if (b != '\r' && b != '\n') {
                input.unread(new byte[] {(byte) b}, 0, 1);
                return;
            }
        }
    }

    /** Bytes up to and including the blank line that ends a header (or all there were, or the cap). */
    private static byte[] readHeader(Rewindable input) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int a = 0, b = 0, c = 0;
        for (int d; out.size() < MAX_HEADER && (d = input.read()) >= 0; ) {
            out.write(d);
            if (d == '\n' && (c == '\n' || (c == '\r' && b == '\n'))) break;
            a = b;
            b = c;
            c = d;
        }
        return out.toByteArray();
    }

    private static long contentLength(String header) {
        for (String line : header.split("\r?\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals("content-length")) {
                try {
                    long n = Long.parseLong(line.substring(colon + 1).trim());
                    return n >= 0 ? n : -1;
                } catch (NumberFormatException e) {
                    return -1;
                }
            }
        }
        return -1;
    }

    private static boolean isEnd(byte[] end) {
        return end.length == 4 && end[0] == '\r' && end[1] == '\n' && end[2] == '\r' && end[3] == '\n';
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** At most {@code limit} bytes of the input, counting what was read. */
    private static final class CountingStream extends InputStream {
        private final Rewindable input;
        private final long limit;
        private long count;

        CountingStream(Rewindable input, long limit) {
            this.input = input;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            if (count >= limit) return -1;
            int b = input.read();
            if (b < 0) throw new java.io.EOFException("the record is cut short");
            count++;
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            if (count >= limit) return -1;
            byte[] got = input.readUpTo((int) Math.min(len, limit - count));
            if (got.length == 0) throw new java.io.EOFException("the record is cut short");
            System.arraycopy(got, 0, buf, off, got.length);
            count += got.length;
            return got.length;
        }
    }
}
