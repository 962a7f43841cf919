package org.wirewatch.core.extract.amounts;

/** Russian amount cues, read once from the bundled {@code ru.amounts}. Immutable; share freely. */
final class RussianAmountCues extends FileAmountCues {
    RussianAmountCues() {
        super("ru");
    }
}
