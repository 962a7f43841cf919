package org.wirewatch.core.extract.tone;

import java.util.List;
import org.wirewatch.core.linguistics.text.Token;

/**
 * One mention in its sentence, as the target classifiers see it: the sentence's tokens and
 * sentiment words, the token range of the mention, and the lexicon of its language.
 *
 * @param from index of the mention's first token among the sentence's tokens
 * @param to   index after its last token
 */
record Target(String text, SentenceHits sentence, int from, int to, ToneLexicon lexicon) {

    /** The mention [start, end) in its sentence; tokens it only partly covers count as its own. */
    static Target of(String text, SentenceHits sentence, int start, int end, ToneLexicon lexicon) {
        List<Token> tokens = sentence.sentence().tokens();
        int from = 0;
        while (from < tokens.size() && tokens.get(from).end() <= start) from++;
        int to = from;
        while (to < tokens.size() && tokens.get(to).start() < end) to++;
        if (to == from && from < tokens.size()) to = from + 1;
        return new Target(text, sentence, Math.min(from, tokens.size()), Math.min(to, tokens.size()), lexicon);
    }

    List<Token> tokens() {
        return sentence.sentence().tokens();
    }

    /** Tokens between the mention and token {@code i} (0 inside or next to it). */
    int distance(int i) {
        if (i < from) return from - 1 - i;
        if (i >= to) return i - to;
        return 0;
    }

    boolean inside(ToneHit h) {
        return h.word() >= from && h.word() < to;
    }
}
