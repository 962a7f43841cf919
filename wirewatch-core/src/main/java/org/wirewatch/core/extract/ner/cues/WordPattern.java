package org.wirewatch.core.extract.ner.cues;

import java.util.Set;

/**
 * One word of a cue, as a cue file writes it:
 * <ul>
 * <li>{@code president} — exactly this word in any case;</li>
 * <li>{@code FM}, {@code Gov} — a word with a capital matches only this form or its all-caps
 *     form, so the "pm" of "5 pm" is not a prime minister;</li>
 * <li>{@code секретар*} — the stem followed by any one ending of the language's closed
 *     {@code [endings]} list ("секретарь", "секретарем", "секретарю");</li>
 * <li>{@code посл{а,у,ом}} — the stem followed by one of the listed endings, when the
 *     general list would over-match ("посл*" would take the preposition "после").</li>
 * </ul>
 * Forms are compared after {@link CueNorm} folding. Immutable.
 */
sealed interface WordPattern {

    /** Whether a folded word (case kept) and its lower-case form match. */
    boolean matches(String folded, String lower);

    /** A whole word; {@code form} is folded, and lower case unless {@code caseSensitive}. */
    record Exact(String form, boolean caseSensitive) implements WordPattern {
        @Override
        public boolean matches(String folded, String lower) {
            if (!caseSensitive) return form.equals(lower);
            return form.equals(folded) || (folded.equals(folded.toUpperCase(java.util.Locale.ROOT))
                    && form.toUpperCase(java.util.Locale.ROOT).equals(folded));
        }
    }

    /** A lower-case stem and the endings allowed after it (the empty string allows the bare stem). */
    record Stem(String stem, Set<String> endings) implements WordPattern {
        public Stem {
            endings = Set.copyOf(endings);
        }

        @Override
        public boolean matches(String folded, String lower) {
            return lower.startsWith(stem) && endings.contains(lower.substring(stem.length()));
        }
    }
}
