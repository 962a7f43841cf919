package org.wirewatch.core.extract.tone;

import java.util.List;

/**
 * What a language's {@link ToneLexicon} knows of one word as written: its lower-case form, its
 * lemma, its valence and whether it negates, boosts, turns the sentence or reverses a bad thing.
 * Looked up once per distinct spelling and shared by the rules and the target features, so that a
 * token is lower-cased and looked up once, not once per question. Immutable.
 *
 * @param form     lower case, typographic apostrophes folded ({@link ToneLexicon#normal})
 * @param stem     the first common-word lemma where the lexicon has a dictionary, else the form
 * @param valence  -4..4, or NaN when the word carries none
 * @param booster  the increment it gives the next sentiment word; 0 for none
 * @param morph    its dictionary readings as part of speech and the tag's last part ("NOUN/Nom",
 *                 "PROPN/R": for Russian nouns the case), distinct; empty without a dictionary
 * @param verb     whether one of its readings is a verb
 */
record ToneWord(String form, String stem, float valence, float booster, boolean negation, boolean contrast, boolean reversal,
                List<String> morph, boolean verb) {
    ToneWord {
        morph = List.copyOf(morph);
    }

    /** Whether the rules may count it as a sentiment word (modifiers carry none of their own). */
    boolean sentiment() {
        return booster == 0 && !negation && !Float.isNaN(valence) && valence != 0;
    }
}
