package org.wirewatch.bench.corpus;

import java.util.Map;

/**
 * A city in three scripts, with the forms the templates need: the name, the name as a direct
 * object (Russian and Ukrainian decline "Одесса" to "Одессу") and the phrase "in the city"
 * ("в Вене", "у Відні"), since a locative cannot be built by rule.
 */
record Place(String key, Map<String, String> name, Map<String, String> object, Map<String, String> in) {
    Place {
        name = Map.copyOf(name);
        object = Map.copyOf(object);
        in = Map.copyOf(in);
    }

    static Place of(String en, String ru, String ruObject, String ruIn, String uk, String ukObject, String ukIn) {
        return new Place(en, Map.of("en", en, "ru", ru, "uk", uk),
                Map.of("en", en, "ru", ruObject, "uk", ukObject),
                Map.of("en", "in " + en, "ru", ruIn, "uk", ukIn));
    }
}
