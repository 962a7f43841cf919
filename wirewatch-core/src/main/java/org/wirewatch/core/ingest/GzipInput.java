package org.wirewatch.core.ingest;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.InputStream;

/** Unwraps gzip, including files made of many gzip members (as .warc.gz and concatenated .gz are). */
final class GzipInput {
    private GzipInput() {}

    /** @param damage told of each damaged member, which is skipped */
    static InputStream open(BufferedInputStream in, GzipMembers.Damage damage) {
        return new ReportsNothingAvailable(new GzipMembers(in, damage));
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
}
