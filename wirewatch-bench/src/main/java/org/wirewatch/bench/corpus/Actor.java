package org.wirewatch.bench.corpus;

import java.util.Map;

/**
 * A public figure as the generator writes about them: the full form with office ("NATO Secretary
 * General Mark Rutte") and the short form ("Rutte") in each language, and grammatical gender,
 * because Russian and Ukrainian verbs agree with it ("заявил" / "заявила").
 */
record Actor(String key, boolean female, Map<String, String> full, Map<String, String> brief) {
    Actor {
        full = Map.copyOf(full);
        brief = Map.copyOf(brief);
    }

    static Actor of(String key, boolean female, String en, String enShort, String ru, String ruShort, String uk, String ukShort) {
        return new Actor(key, female, Map.of("en", en, "ru", ru, "uk", uk), Map.of("en", enShort, "ru", ruShort, "uk", ukShort));
    }
}
