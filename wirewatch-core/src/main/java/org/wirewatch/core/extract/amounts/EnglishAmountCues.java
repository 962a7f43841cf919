package org.wirewatch.core.extract.amounts;

/** English amount cues, read once from the bundled {@code en.amounts}. Immutable; share freely. */
final class EnglishAmountCues extends FileAmountCues {
    EnglishAmountCues() {
        super("en");
    }
}
