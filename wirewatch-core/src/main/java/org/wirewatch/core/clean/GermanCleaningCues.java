package org.wirewatch.core.clean;

/** German cleaning cues, read once from the bundled {@code de.cues}. Immutable; share freely. */
public final class GermanCleaningCues extends FileCleaningCues {
    public GermanCleaningCues() {
        super("de");
    }
}
