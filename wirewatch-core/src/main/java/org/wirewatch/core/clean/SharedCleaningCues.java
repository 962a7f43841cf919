package org.wirewatch.core.clean;

/** Cues every language shares: language switcher labels, social channels, world news agencies, read once from the bundled {@code mul.cues}. Immutable; share freely. */
public final class SharedCleaningCues extends FileCleaningCues {
    public SharedCleaningCues() {
        super("mul");
    }
}
