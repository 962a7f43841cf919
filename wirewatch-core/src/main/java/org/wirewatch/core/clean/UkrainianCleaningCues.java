package org.wirewatch.core.clean;

/** Ukrainian cleaning cues, read once from the bundled {@code uk.cues}. Immutable; share freely. */
public final class UkrainianCleaningCues extends FileCleaningCues {
    public UkrainianCleaningCues() {
        super("uk");
    }
}
