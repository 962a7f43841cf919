package org.wirewatch.core.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/** Reads bytes without ever holding more than a limit in memory. */
final class BoundedBytes {
    private BoundedBytes() {}

    /**
     * All of {@code in}, or null when it holds more than {@code limit} bytes; at most
     * {@code limit + 1} bytes are read, so an oversized input costs no more than the limit.
     */
    static byte[] readAtMost(InputStream in, long limit) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(limit + 1, InputLimits.MAX_ARRAY));
        return bytes.length > limit ? null : bytes;
    }

    /** What the document limit is called where a user can change it. */
    static final String DOCUMENT_LIMIT = "the document limit, --max-mb";
    static final String FEED_LIMIT = "the feed limit";

    /** The message for an input over {@code limit}; {@code what} names the limit as the user knows it. */
    static String tooLarge(String what, long limit) {
        String size = limit % (1 << 20) == 0 ? (limit >> 20) + " MB" : limit + " bytes";
        return "larger than " + what + " (" + size + "); skipped";
    }

    /**
     * Up to {@code n} bytes from the start of {@code in}, which is then rewound. A read failure
     * ends the peek early instead of throwing: the reader that follows meets it again and reports it.
     */
    static byte[] peek(BufferedInputStream in, int n) throws IOException {
        byte[] buf = new byte[n];
        int total = 0;
        in.mark(n);
        try {
            for (int r; total < n && (r = in.read(buf, total, n - total)) >= 0; ) total += r;
        } catch (IOException e) {
            // reported by the format reader, which knows the line or record it happened in
        } finally {
            in.reset();
        }
        return Arrays.copyOf(buf, total);
    }
}
