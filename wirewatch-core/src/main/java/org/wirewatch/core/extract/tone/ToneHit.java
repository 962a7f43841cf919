package org.wirewatch.core.extract.tone;

/**
 * One sentiment word of a sentence after the rules: its valence and the span from the first word
 * that changed it ("not", "very") to its end.
 *
 * @param word  index of the sentiment word among the sentence's tokens
 * @param first index of the first token of the evidence (the word itself or a modifier before it)
 */
record ToneHit(int word, int first, int start, int end, double valence) {
    ToneHit scaled(double factor) {
        return new ToneHit(word, first, start, end, valence * factor);
    }
}
