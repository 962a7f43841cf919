package org.wirewatch.core.quotes;

/** English quote cues, from {@code en.quotes}. */
final class EnglishQuoteCues extends ListedQuoteCues {
    EnglishQuoteCues() {
        super("en.quotes");
    }
}
