package org.wirewatch.core.lang;

import com.github.pemistahl.lingua.api.Language;

/**
 * What language identification needs to know about one language: its Lingua model, its script
 * and the letters its orthography uses, taken from the language's pack ({@link PackProfile}).
 */
interface LanguageProfile {

    /** ISO 639-1 code, lower case ("uk"). */
    String isoCode();

    /** The Lingua language whose n-gram model scores this language. */
    Language lingua();

    /** The script its letters are written in. */
    Character.UnicodeScript script();

    /**
     * Every lower-case letter of the standard orthography, loan-word letters included. Letters that
     * only one configured language of a script uses become that language's markers (ы for Russian
     * next to Ukrainian, ї for Ukrainian next to Russian), and letters that no configured language
     * uses mark text in a language outside the set.
     */
    String alphabet();
}
