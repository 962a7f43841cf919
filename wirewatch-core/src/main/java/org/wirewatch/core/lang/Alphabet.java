package org.wirewatch.core.lang;

import org.wirewatch.core.model.Check;

/**
 * The letters a language writes: its script and every lower-case letter of its standard
 * orthography, loan-word letters included. Letters only one identified language of a script uses
 * become that language's markers (ы for Russian next to Ukrainian, ї for Ukrainian next to
 * Russian); letters no identified language uses mark text in a language outside the set.
 */
public record Alphabet(Character.UnicodeScript script, String letters) {
    public Alphabet {
        Check.notNullParam(script, "script");
        Check.notNullParam(letters, "letters");
        Check.isTrue(!letters.isEmpty(), "an alphabet needs letters");
    }
}
