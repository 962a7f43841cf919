package org.wirewatch.core.linguistics.text;

/**
 * What one language contributes to sentence splitting: which words before a full stop are
 * abbreviations, and which capitalised words show that a new sentence has begun after an
 * abbreviation that can also end one ("in the U.S. The…" but "the U.S. Ambassador"). The
 * structural rules (line breaks, quotes after the stop, initials, decimals, addresses) are the
 * same for every language and live in {@link TextSplitter}. Implementations are immutable.
 *
 * <p>Words are passed as they appear in the text, without the final dot ("Mr", "U.S", "т.е");
 * a trailing dot, if present, is ignored.
 */
public interface SentenceRules {

    /** ISO 639-1 code, or "und" for the rules that know no language's abbreviations. */
    String language();

    /** Whether the word before a full stop is an abbreviation of any kind, so the stop need not end the sentence. */
    boolean isAbbreviation(String tokenBeforeDot);

    /**
     * Whether the abbreviation is one that stands before what it qualifies — a title, a number
     * sign, a month before its day ("Gov.", "No.", "Jan.", "проф.", "ул.", "вул.") — and so is
     * never followed by a quotation or a dash that opens a new sentence.
     */
    boolean isTitleAbbreviation(String tokenBeforeDot);

    /** Whether a capitalised word typically opens a sentence (The, He, But; В, По, Также; У, За, Також). */
    boolean startsSentence(String word);
}
