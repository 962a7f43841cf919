package org.wirewatch.core.extract.quotes;

/** English quote cues, from {@code en.quotes}. */
final class EnglishQuoteCues extends ListedQuoteCues {
    EnglishQuoteCues() {
        super("en.quotes");
    }
}
