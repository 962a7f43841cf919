package org.wirewatch.core.extract.quotes;

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

    /**
     * True for a word that may open reported speech without a connector ("said [the] talks failed",
     * "said [she] had seen"): determiners, pronouns. Capitalised words (names) open one in any language.
     */
    boolean isClauseOpener(String lowerWord);

    /** True for a word that may stand between a speech verb and the clause it reports ("said Thursday", "told reporters"). */
    boolean isAdjunct(String lowerWord);

    /** True for a word that shows a clause has a verb of its own ("was", "will", "had"; forms ending as {@code [finite-ending]}). */
    boolean isFinite(String lowerWord);

    /** True for a participle that shares its sentence's subject ("adding", "saying"). */
    boolean isParticiple(String lowerWord);

    /** True for a relative pronoun that stands for the name before its comma ("who", "который"). */
    boolean isRelative(String lowerWord);

    /** True for a noun that may speak for an organisation without naming it ("officials", "ministry"). */
    boolean isSpeakerNoun(String lowerWord);

    /** Phrases that point back at the sentence before ("об этом", "про це") as what the verb's speaker said. */
    List<List<String>> recapPhrases();

    /** Attribution phrases as lower-case words; {@link #SLOT} marks where the speaker stands. */
    List<List<String>> sourcePhrases();

    /** The speaker's place in a {@link #sourcePhrases() source phrase}. */
    String SLOT = "*";
}
