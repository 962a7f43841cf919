package org.wirewatch.core.kb;

/**
 * One form naming a country's people or things: "russian-" (a stem, when it ends in "-") or
 * "россияне" (an exact form), lower case, in one language.
 */
record Demonym(String countryId, String lang, String form) {
    boolean isStem() {
        return form.endsWith("-");
    }

    String stem() {
        return form.substring(0, form.length() - 1);
    }
}
