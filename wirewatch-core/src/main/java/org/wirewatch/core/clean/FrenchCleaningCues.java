package org.wirewatch.core.clean;

/** French cleaning cues, read once from the bundled {@code fr.cues}. Immutable; share freely. */
public final class FrenchCleaningCues extends FileCleaningCues {
    public FrenchCleaningCues() {
        super("fr");
    }
}
