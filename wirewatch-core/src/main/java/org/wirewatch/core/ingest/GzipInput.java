package org.wirewatch.core.ingest;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/** Unwraps gzip, including files made of many gzip members (as .warc.gz and concatenated .gz are). */
final class GzipInput {
    private GzipInput() {}

    static InputStream open(BufferedInputStream in) throws IOException {
        return new ReportsNothingAvailable(new GZIPInputStream(new EagerAvailable(in), 64 * 1024));
    }

    /**
     * Buffering layers above (BufferedInputStream, Channels.newChannel) keep reading while
     * {@code available() > 0}; when a truncated gzip then throws, the bytes they had already
     * copied are lost with it, and so are the last good lines or records before the cut.
     * Answering 0 makes each of them return what it has after one read.
     */
    private static final class ReportsNothingAvailable extends FilterInputStream {
        ReportsNothingAvailable(InputStream in) {
            super(in);
        }

        @Override
        public int available() {
            return 0;
        }
    }

    /**
     * GZIPInputStream looks for a next member only when {@code available() > 0}; a pipe often
     * reports 0 between members, which would silently end standard input after the first WARC
     * record. This stream answers "1" whenever one more byte really exists.
     */
    private static final class EagerAvailable extends FilterInputStream {
        EagerAvailable(BufferedInputStream in) {
            super(in);
        }

        @Override
        public int available() throws IOException {
            int n = in.available();
            if (n > 0) return n;
            in.mark(1);
            int b = in.read();
            in.reset();
            return b < 0 ? 0 : 1;
        }
    }
}
