package org.wirewatch.core.clean;

/** Polish cleaning cues, read once from the bundled {@code pl.cues}. Immutable; share freely. */
public final class PolishCleaningCues extends FileCleaningCues {
    public PolishCleaningCues() {
        super("pl");
    }
}
