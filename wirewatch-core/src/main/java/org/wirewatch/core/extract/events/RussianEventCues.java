package org.wirewatch.core.extract.events;

/** Russian event cues, read once from the bundled {@code ru.events}. Immutable; share freely. */
final class RussianEventCues extends FileEventCues {
    RussianEventCues() {
        super("ru");
    }
}
