package org.wirewatch.core.ingest;

/** What a stream holds, as far as its first bytes and its name tell. */
enum Format {
    /** gzip wrapper: unwrap it and look again. */
    GZIP,
    /** nothing, or only whitespace. */
    EMPTY,
    /** NUL bytes or many control characters: not text in any format we read. */
    BINARY,
    TEXT,
    JSONL,
    HTML,
    FEED,
    WARC
}
