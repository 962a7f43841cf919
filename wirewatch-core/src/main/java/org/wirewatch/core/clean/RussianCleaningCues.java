package org.wirewatch.core.clean;

/** Russian cleaning cues, read once from the bundled {@code ru.cues}. Immutable; share freely. */
public final class RussianCleaningCues extends FileCleaningCues {
    public RussianCleaningCues() {
        super("ru");
    }
}
