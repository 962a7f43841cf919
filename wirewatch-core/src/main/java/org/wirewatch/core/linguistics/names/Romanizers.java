package org.wirewatch.core.linguistics.names;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;

/** The romanizer for each language; given by the language packs. */
final class Romanizers {
    private final Map<String, Romanizer> byLanguage;
    private final Romanizer fallback = new LatinScriptRomanizer();

    Romanizers(Collection<? extends Romanizer> romanizers) {
        Map<String, Romanizer> map = new java.util.HashMap<>();
        for (Romanizer r : romanizers) map.put(r.language(), r);
        this.byLanguage = Map.copyOf(map);
    }

    /** The romanizer for an ISO 639-1 code; the Latin-script default for null and other codes. */
    Romanizer forLanguage(String lang) {
        if (lang == null) return fallback;
        return byLanguage.getOrDefault(lang.strip().toLowerCase(Locale.ROOT), fallback);
    }
}
