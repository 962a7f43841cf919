package org.wirewatch.core.morph;

/**
 * One suffix rule: a form ending in {@code ending}, after a letter in {@code after} (any letter
 * when empty) and keeping at least {@code minStem} letters, has the base form
 * stem + {@code replacement}.
 */
record EndingRule(String ending, String replacement, String after, int minStem) {

    static EndingRule of(String ending, String replacement) {
        return new EndingRule(ending, replacement, "", 2);
    }

    static EndingRule after(String letters, String ending, String replacement) {
        return new EndingRule(ending, replacement, letters, 2);
    }

    /** The base form if the rule applies to the lower-case form {@code w}, else null. */
    String apply(String w) {
        if (!w.endsWith(ending)) return null;
        int stemEnd = w.length() - ending.length();
        if (stemEnd < minStem) return null;
        if (!after.isEmpty() && after.indexOf(w.charAt(stemEnd - 1)) < 0) return null;
        return w.substring(0, stemEnd) + replacement;
    }
}
