package org.wirewatch.core.extract.ner.cues;

/**
 * English name cues, from the bundled {@code en.cues}. English titles take their organisation
 * before the office ("US Defense Secretary", "Belgorod Gov.") or after a preposition ("Ambassador
 * to NATO"). Immutable; share freely.
 */
public final class EnglishNameCues extends BundledNameCues {

    private static final class Holder {
        static final Compiled CUES = Compiled.load("en", false);
    }

    public EnglishNameCues() {
        super("en", Holder.CUES);
    }
}
