package org.wirewatch.core.extract.amounts;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.wirewatch.core.linguistics.morph.Reading;

/**
 * The words one language uses around amounts, read from its language pack's {@code amounts.cues}
 * ({@link FileAmountCues}). Every word argument is already folded by
 * {@link Words#normal}. Implementations are immutable and thread-safe.
 */
interface AmountCues {

    /** ISO 639-1 code. */
    String language();

    /** The value of a number word ("six", "шести", "п'ять"); empty if it is not one. */
    OptionalDouble numberWord(String word);

    /** The factor of a multiplier word ("million", "тысяч", "млн"); empty if it is not one. */
    OptionalDouble multiplier(String word);

    /** The unit of a vague number word ("dozens" → 12, "сотни" → 100); empty if it is not one. */
    OptionalDouble vagueUnit(String word);

    /** A word that, before a count cue or between it and the amount, says it did not happen ("not", "не"). */
    boolean negation(String word);

    /** A word joining the two ends of a range ("10 to 15", "от 10 до 15"). */
    boolean rangeWord(String word);

    /** Hedging phrases ("more than", "не менее"), each as its folded words. */
    List<List<String>> approximators();

    boolean conjunction(String word);

    /** Function words the dictionary may lack ("in", "of"), which a number never counts. */
    boolean functionWord(String word);

    /** "percent", "процентов", "відсотків". */
    boolean percentWord(String word);

    /** Month names: a number beside one is a day of the month. */
    boolean month(String word);

    /** Words that make a number an age: before it ("aged 48", "в возрасте 48") or after its years ("48 years old"). */
    boolean ageWord(String word);

    /** What a noun lemma counts, if it is a common news noun. */
    Optional<CountedNoun> object(String lemma);

    /** The dictionary lemmas of {@link #object}, for matching forms the dictionary lacks. */
    List<String> objectLemmas();

    /** The count category a word cues ("killed" → KILL), or empty. */
    Optional<String> countCategory(String word);

    boolean isNoun(Reading reading);

    boolean isAdjective(Reading reading);
}
