package org.wirewatch.core.extract.ner.sequence;

import org.wirewatch.core.extract.ner.cues.NameCues;
import org.wirewatch.core.extract.ner.cues.NameCuesRegistry;
import org.wirewatch.core.lang.LanguagePacks;
import org.wirewatch.core.linguistics.morph.DemonymInflections;

/**
 * The shipped word lists the cue and demonym features read: the packs' name cues and demonym
 * inflections, read once per JVM (every model and every training fold shares them; they are
 * immutable) rather than once per feature extractor.
 */
final class Cues {
    private Cues() {}

    /** Lazy holder: the JVM reads the packs' files once, on first use, and publishes them safely. */
    private static final class Shipped {
        static final LanguagePacks PACKS = LanguagePacks.discover();
        static final NameCuesRegistry NAMES = NameCuesRegistry.of(PACKS);
        static final DemonymInflections DEMONYMS = PACKS.demonymInflections();
    }

    /** The language's name cues; null where there are none. */
    static NameCues of(String lang) {
        return Shipped.NAMES.find(lang).orElse(null);
    }

    static DemonymInflections demonyms() {
        return Shipped.DEMONYMS;
    }
}
