package org.wirewatch.core.linguistics.morph;

import java.util.List;

/**
 * One suffix rule: a form ending in {@code ending}, after a letter in {@code after} (any letter
 * when empty) and keeping at least two letters of stem, has the base form stem +
 * {@code replacement}.
 */
public record EndingRule(String ending, String replacement, String after) {
    private static final int MIN_STEM = 2;

    public static EndingRule of(String ending, String replacement) {
        return new EndingRule(ending, replacement, "");
    }

    public static EndingRule after(String letters, String ending, String replacement) {
        return new EndingRule(ending, replacement, letters);
    }

    /** The base form if the rule applies to the lower-case form {@code w}, else null. */
    public String apply(String w) {
        if (!w.endsWith(ending)) return null;
        int stemEnd = w.length() - ending.length();
        if (stemEnd < MIN_STEM) return null;
        if (!after.isEmpty() && after.indexOf(w.charAt(stemEnd - 1)) < 0) return null;
        return w.substring(0, stemEnd) + replacement;
    }

    /** The base form by the first rule that applies, else null. */
    public static String first(List<EndingRule> rules, String w) {
        for (EndingRule rule : rules) {
            String base = rule.apply(w);
            if (base != null) return base;
        }
        return null;
    }

    /**
     * Possessive surnames (Иванова, Ивановой, Ивановым → Иванов): a stem ending in one of
     * {@code suffixes} followed by one of {@code endings}; rules for every pair.
     */
    public static List<EndingRule> possessive(List<String> suffixes, List<String> endings) {
        List<EndingRule> rules = new java.util.ArrayList<>();
        for (String ending : endings) {
            for (String suffix : suffixes) rules.add(new EndingRule(suffix + ending, suffix, ""));
        }
        return List.copyOf(rules);
    }
}
