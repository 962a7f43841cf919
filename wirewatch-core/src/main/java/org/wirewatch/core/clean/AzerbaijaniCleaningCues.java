package org.wirewatch.core.clean;

/** Azerbaijani cleaning cues (captions in Azerbaijani turn up in English and Russian articles), read once from the bundled {@code az.cues}. Immutable; share freely. */
public final class AzerbaijaniCleaningCues extends FileCleaningCues {
    public AzerbaijaniCleaningCues() {
        super("az");
    }
}
