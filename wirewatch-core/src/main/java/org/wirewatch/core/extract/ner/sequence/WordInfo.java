package org.wirewatch.core.extract.ner.sequence;

/**
 * What the features need to know of one word form, worked out once per document and form.
 *
 * @param lower      the form in lower case
 * @param shape      the form's shape ("Xx", "XX", "d.d", "Xx-Xx")
 * @param lowerHash  the hash of {@code lower} under the window templates
 * @param shapeHash  the hash of {@code shape} under the window templates
 * @param lexical    hashed features of the dictionary and knowledge base for the form alone
 * @param own        every feature of the form alone, in the order the tagger adds them: bias, word,
 *                   lower case, shape, affixes, then {@code lexical}
 * @param cueHash    the hash of the recogniser's cue classes of the form ("org designator", "title"), 0 for none
 * @param script     the form's script: 'L' Latin letters only, 'C' Cyrillic only, 'M' both, '-' no letters
 */
record WordInfo(String lower, String shape, int lowerHash, int shapeHash, int[] lexical, int[] own, int cueHash, char script) {
}
