package org.wirewatch.core.extract.ner.cues;

/**
 * Russian name cues, from the bundled {@code ru.cues}. Offices are matched by stem and a closed
 * list of case endings, so "генеральным секретарем" is "генеральный секретарь"; their complement
 * follows them in the genitive ("министром иностранных дел Великобритании", "глава офиса
 * президента"). Immutable; share freely.
 */
public final class RussianNameCues extends BundledNameCues {

    private static final class Holder {
        static final Compiled CUES = Compiled.load("ru", true);
    }

    public RussianNameCues() {
        super("ru", Holder.CUES);
    }

    @Override
    public boolean writesBodiesInSentenceCase() {
        return true;
    }
}
