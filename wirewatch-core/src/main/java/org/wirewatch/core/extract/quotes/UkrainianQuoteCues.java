package org.wirewatch.core.extract.quotes;

/** Ukrainian quote cues, from {@code uk.quotes}. */
final class UkrainianQuoteCues extends ListedQuoteCues {
    UkrainianQuoteCues() {
        super("uk.quotes");
    }
}
