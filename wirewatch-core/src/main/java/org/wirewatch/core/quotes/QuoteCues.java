package org.wirewatch.core.quotes;

import java.util.List;

/**
 * What one language uses to attribute speech: speech verbs, pronouns, the word that opens
 * reported speech, and phrases such as "according to X". Words are given lower-cased
 * ({@link java.util.Locale#ROOT}). Implementations are immutable and shared.
 */
public interface QuoteCues {
    /** True for a verb of saying in any of its forms ("said", "заявила", "додав"). */
    boolean isSpeechVerb(String lowerWord);

    /** True for a personal pronoun that refers back to a person ("he", "его", "її"). */
    boolean isPronoun(String lowerWord);

    /** True for the word that opens reported speech after a speech verb ("that", "что", "що"). */
    boolean isConnector(String lowerWord);

    /** True for a short word that may stand between a subject and its verb ("also", "также"). */
    boolean isGap(String lowerWord);

    /** True for a word that joins a second verb to the same subject ("and", "и", "та"). */
    boolean isCoordinator(String lowerWord);

    /** True for a noun naming an office in an organisation ("head", "chief", "глава", "речник"). */
    boolean isOffice(String lowerWord);

    /** True for a word naming a channel or post ("Telegram", "post", "канале"). */
    boolean isChannel(String lowerWord);

    /** True for a possessive pronoun that names an owner ("his", "его", "її"). */
    boolean isPossessive(String lowerWord);

    /** Attribution phrases as lower-case words; {@link #SLOT} marks where the speaker stands. */
    List<List<String>> sourcePhrases();

    /** The speaker's place in a {@link #sourcePhrases() source phrase}. */
    String SLOT = "*";
}
