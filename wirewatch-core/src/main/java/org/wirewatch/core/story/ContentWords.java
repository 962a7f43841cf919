package org.wirewatch.core.story;

import org.wirewatch.core.linguistics.morph.Reading;

/**
 * Which words of one language carry story content (nouns, verbs, adjectives) rather than grammar
 * (articles, prepositions, pronouns, particles) or the boilerplate of reporting ("said"). One
 * implementation per language, read from the bundled {@code content.cues} of a language pack. Immutable.
 */
interface ContentWords {
    String language();

    /** False when any reading of the word is a function word: "that" and "та" are never content. */
    boolean isContent(Iterable<Reading> readings);
}
