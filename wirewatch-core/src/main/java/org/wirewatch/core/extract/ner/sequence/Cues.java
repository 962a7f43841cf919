package org.wirewatch.core.extract.ner.sequence;

import org.wirewatch.core.extract.ner.cues.NameCues;
import org.wirewatch.core.extract.ner.cues.NameCuesRegistry;

/** The recogniser's shipped word lists for a language, as the cue features read them; null where there are none. */
final class Cues {
    private Cues() {}

    static NameCues of(String lang) {
        return NameCuesRegistry.standard().find(lang).orElse(null);
    }
}
