package org.wirewatch.core.eval;

import java.util.List;
import java.util.Locale;

/**
 * Maps the entity labels found in gold sets and predictions onto the three scored types.
 * PERS (ner-uk) and PERSON (OntoNotes) are PER; ORGANIZATION is ORG; LOCATION and GPE are LOC.
 * Everything else (MISC, DATE, NORP, …) is not scored: the result is null.
 */
final class EntityTypes {
    static final List<String> SCORED = List.of("PER", "ORG", "LOC");

    private EntityTypes() {}

    static String normalise(String label) {
        if (label == null) return null;
        switch (label.trim().toUpperCase(Locale.ROOT)) {
            case "PER": case "PERS": case "PERSON":
                return "PER";
            case "ORG": case "ORGANIZATION": case "ORGANISATION":
                return "ORG";
            case "LOC": case "LOCATION": case "GPE":
                return "LOC";
            default:
                return null;
        }
    }
}
