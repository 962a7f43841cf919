package org.wirewatch.core.extract.quotes;

/** Russian quote cues, from {@code ru.quotes}. */
final class RussianQuoteCues extends ListedQuoteCues {
    RussianQuoteCues() {
        super("ru.quotes");
    }
}
