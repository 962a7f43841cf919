package org.wirewatch.core.clean;

/** English cleaning cues, read once from the bundled {@code en.cues}. Immutable; share freely. */
public final class EnglishCleaningCues extends FileCleaningCues {
    public EnglishCleaningCues() {
        super("en");
    }
}
