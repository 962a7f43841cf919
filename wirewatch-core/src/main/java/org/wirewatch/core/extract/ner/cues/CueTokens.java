package org.wirewatch.core.extract.ner.cues;

import java.util.Arrays;
import java.util.List;
import org.wirewatch.core.linguistics.text.Token;
import org.wirewatch.core.linguistics.text.TokenKind;

/**
 * A token list seen through one language's lexicon, for the length of one call: each word is
 * folded and looked up at most once, on first need. Never shared between calls or threads.
 */
final class CueTokens {
    private static final int UNKNOWN = -1;

    private final List<Token> tokens;
    private final Lexicon<WordCue> words;
    private final String[] folded;
    private final String[] lower;
    private final int[] masks;

    CueTokens(List<Token> tokens, Lexicon<WordCue> words) {
        this.tokens = tokens;
        this.words = words;
        this.folded = new String[tokens.size()];
        this.lower = new String[tokens.size()];
        this.masks = new int[tokens.size()];
        Arrays.fill(masks, UNKNOWN);
    }

    List<Token> tokens() {
        return tokens;
    }

    int size() {
        return tokens.size();
    }

    Token get(int i) {
        return tokens.get(i);
    }

    String folded(int i) {
        if (folded[i] == null) folded[i] = CueNorm.fold(tokens.get(i).text());
        return folded[i];
    }

    String lower(int i) {
        if (lower[i] == null) lower[i] = CueNorm.lower(folded(i));
        return lower[i];
    }

    boolean matches(int i, WordPattern pattern) {
        return pattern.matches(folded(i), lower(i));
    }

    boolean has(int i, WordCue cue) {
        if (masks[i] == UNKNOWN) {
            int mask = 0;
            if (tokens.get(i).kind() == TokenKind.WORD) {
                for (WordCue c : words.lookup(folded(i), lower(i))) mask |= 1 << c.ordinal();
            }
            masks[i] = mask;
        }
        return (masks[i] & (1 << cue.ordinal())) != 0;
    }
}
