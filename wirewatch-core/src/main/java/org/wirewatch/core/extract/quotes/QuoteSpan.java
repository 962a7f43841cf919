package org.wirewatch.core.extract.quotes;

/** A quoted passage: {@code open} is the opening mark, {@code close} the closing one. */
record QuoteSpan(int open, int close) {
    int textStart() { return open + 1; }
    int textEnd() { return close; }
}
