package org.wirewatch.core.extract.amounts;

/** Ukrainian amount cues, read once from the bundled {@code uk.amounts}. Immutable; share freely. */
final class UkrainianAmountCues extends FileAmountCues {
    UkrainianAmountCues() {
        super("uk");
    }
}
