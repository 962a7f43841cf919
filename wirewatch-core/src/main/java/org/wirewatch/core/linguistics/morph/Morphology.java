package org.wirewatch.core.linguistics.morph;

import java.util.List;
import java.util.function.BiConsumer;

/**
 * The morphology of one language as far as names need it: dictionary readings, whether a
 * capitalised word could be an ordinary word, and the base form of an inflected name. One
 * implementation per language ({@link EnglishMorphology}, {@link RussianMorphology},
 * {@link UkrainianMorphology}); get them from {@link Morphologies}. Implementations are
 * thread-safe and load their dictionary on first use.
 */
public interface Morphology {

    /** The ISO 639-1 code of the language. */
    String language();

    /**
     * The dictionary readings of a word form, proper and common. The form is looked up as given
     * and, where the dictionary needs it, in other capitalisations: a capitalised form also in
     * lower case ("Кий" finds the name Кий and the noun кий), an all-capital form also
     * capitalised. A lower-case form is not looked up capitalised: "bill" in running text is not
     * the name Bill. Empty when the dictionary does not know the form.
     */
    List<Reading> readings(String wordForm);

    /**
     * Whether the form has a reading that is not a proper name ("Кий"/"кий", "Bill"/"bill",
     * "Надія"): a capital at the start of a sentence then says nothing about it being a name.
     */
    boolean isCommonWord(String wordForm);

    /**
     * Whether every reading of the form is a noun or an adjective ("национальной", "безпеки"), so it
     * can continue the name of a body written in lower case after its first word; false for
     * unknown forms and for forms that can also be verbs or function words.
     */
    boolean isOnlyNominal(String wordForm);

    /**
     * Whether some reading of the form is in the genitive ("торгівлі", "хозяйства"), the case of a
     * body's name after its head word; false where the dictionary does not know the form or this
     * language has no cases.
     */
    default boolean canBeGenitive(String wordForm) {
        return false;
    }

    /**
     * Whether some reading of the form is a pronoun or a pronominal adjective ("інших", "своих"),
     * which opens a phrase of its own rather than going on with a name; false where the dictionary
     * does not know the form.
     */
    default boolean canBePronoun(String wordForm) {
        return false;
    }

    /**
     * The base form of a name: Блинкена → Блинкен, Києві → Київ, Blinken's → Blinken. Uses the
     * dictionary's proper readings first (the one of class {@code hint} if there is one), then
     * its nouns, then suffix rules for names the dictionary does not know, chosen so that all
     * forms of one name give the same result even where that result is not the true nominative.
     * Capitalisation follows the form. A form that is not inflected comes back unchanged.
     *
     * @param hint the kind of name the caller expects, or null
     */
    String nameLemma(String wordForm, NameClass hint);

    /**
     * Visits every form the dictionary lists with its reading as this language interprets the tag
     * alone (no cross-checks, no rules): the raw material for training models by distant
     * supervision. Reads the whole dictionary; seconds, not for the analysis path. Languages
     * without a dictionary visit nothing.
     */
    default void forEachDictionaryForm(BiConsumer<String, Reading> visitor) {}

    /**
     * This dictionary's knowledge of proper names, for a neighbouring language's morphology to
     * consult (the Russian one checks names against the Ukrainian dictionary); empty when it has none.
     */
    default java.util.Optional<NameLexicon> asNameLexicon() {
        return java.util.Optional.empty();
    }
}
