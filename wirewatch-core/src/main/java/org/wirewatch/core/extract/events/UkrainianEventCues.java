package org.wirewatch.core.extract.events;

/** Ukrainian event cues, read once from the bundled {@code uk.events}. Immutable; share freely. */
final class UkrainianEventCues extends FileEventCues {
    UkrainianEventCues() {
        super("uk");
    }
}
