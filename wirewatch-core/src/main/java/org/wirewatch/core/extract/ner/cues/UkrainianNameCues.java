package org.wirewatch.core.extract.ner.cues;

/**
 * Ukrainian name cues, from the bundled {@code uk.cues}. Offices are matched by stem and a closed
 * list of case endings ("з генеральним секретарем", "міністрові"); their complement follows them
 * in the genitive ("міністр закордонних справ України", "речник Повітряних сил ЗСУ").
 * Immutable; share freely.
 */
public final class UkrainianNameCues extends BundledNameCues {

    private static final class Holder {
        static final Compiled CUES = Compiled.load("uk", true);
    }

    public UkrainianNameCues() {
        super("uk", Holder.CUES);
    }

    @Override
    public boolean writesBodiesInSentenceCase() {
        return true;
    }
}
