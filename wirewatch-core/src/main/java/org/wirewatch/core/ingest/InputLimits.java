package org.wirewatch.core.ingest;

import org.wirewatch.core.model.Check;

/**
 * Size guards for readers. A document is one text or HTML file, one JSONL line or one WARC
 * payload; a feed is parsed whole, so it has its own (larger) limit. Limits are in bytes after
 * gzip is unwrapped, and nothing larger than a limit is ever held in memory.
 */
public record InputLimits(long maxDocumentBytes, long maxFeedBytes) {
    /** Java arrays stop a little short of 2 GB; a document must fit in one. */
    static final long MAX_ARRAY = Integer.MAX_VALUE - 8;

    public InputLimits {
        Check.isTrue(maxDocumentBytes > 0 && maxDocumentBytes <= MAX_ARRAY,
                "maxDocumentBytes must be in 1..%d, was %d", MAX_ARRAY, maxDocumentBytes);
        Check.isTrue(maxFeedBytes > 0 && maxFeedBytes <= MAX_ARRAY,
                "maxFeedBytes must be in 1..%d, was %d", MAX_ARRAY, maxFeedBytes);
    }

    /** 20 MB per document, 50 MB per feed. */
    public static InputLimits defaults() {
        return new InputLimits(20L << 20, 50L << 20);
    }

    public InputLimits withMaxDocumentBytes(long bytes) {
        return new InputLimits(bytes, maxFeedBytes);
    }

    public InputLimits withMaxFeedBytes(long bytes) {
        return new InputLimits(maxDocumentBytes, bytes);
    }
}
