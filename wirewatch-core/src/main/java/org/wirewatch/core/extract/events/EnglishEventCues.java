package org.wirewatch.core.extract.events;

/** English event cues, read once from the bundled {@code en.events}. Immutable; share freely. */
final class EnglishEventCues extends FileEventCues {
    EnglishEventCues() {
        super("en");
    }
}
