package org.wirewatch.core.amounts;

/** Russian amount cues, read once from the bundled {@code ru.amounts}. Immutable; share freely. */
final class RussianAmountCues extends FileAmountCues {
    RussianAmountCues() {
        super("ru");
    }
}
