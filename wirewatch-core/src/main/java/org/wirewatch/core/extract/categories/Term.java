package org.wirewatch.core.extract.categories;

import java.util.List;
import java.util.Set;

/**
 * One word or phrase of a category in one language: for each of its words, the forms a token may
 * have or a lemma it may read as (a form ending in {@code *} is a stem: any word starting so), and
 * what a match does to the category.
 *
 * @param text   the phrase as written in the file, for messages
 * @param words  per word of the phrase, its accepted forms and lemmas (lower case)
 * @param weight what one match adds to the score (may be negative); 0 for a guard
 * @param role   whether the term scores, is required, or vetoes
 */
public record Term(String text, List<Set<String>> words, double weight, Role role) {
    /** What a matching term does. */
    public enum Role {
        /** Adds its weight to the score. */
        SCORE,
        /** The article must match at least one {@code must} term of its language. */
        MUST,
        /** Any match keeps the category off the article. */
        NOT
    }

    public Term {
        words = words.stream().map(Set::copyOf).toList();
        if (words.isEmpty()) throw new IllegalArgumentException("empty term");
    }

    /** Whether token forms {@code forms} (the token's lower-case form and its lemmas) fit word {@code i}. */
    boolean fits(int i, Set<String> forms) {
        for (String accepted : words.get(i)) {
            if (accepted.endsWith("*")) {
                int stem = accepted.length() - 1;   // compared in place: this runs for every token of every article
                for (String f : forms) if (f.regionMatches(0, accepted, 0, stem)) return true;
            } else if (forms.contains(accepted)) {
                return true;
            }
        }
        return false;
    }
}
