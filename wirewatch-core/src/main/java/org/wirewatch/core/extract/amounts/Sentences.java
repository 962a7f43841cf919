package org.wirewatch.core.extract.amounts;

import java.util.List;
import org.wirewatch.core.linguistics.text.Token;
import org.wirewatch.core.linguistics.text.TokenKind;

/**
 * Rough sentence limits over tokens: a stop (. ! ?) or a line break ends one. Count cues and
 * objects must stay in the number's sentence; a cheap cut is enough for that and keeps amounts
 * independent of the full sentence splitter.
 */
final class Sentences {
    private Sentences() {}

    /** For each token, the index just past the last token of its sentence. */
    static int[] ends(String text, List<Token> tokens) {
        int n = tokens.size();
        int[] ends = new int[n];
        int end = n;
        for (int k = n - 1; k >= 0; k--) {
            Token t = tokens.get(k);
            if (k + 1 < n && (isStop(t) || lineBreakBetween(text, t.end(), tokens.get(k + 1).start()))) end = k + 1;
            ends[k] = end;
        }
        return ends;
    }

    private static boolean isStop(Token t) {
        if (t.kind() != TokenKind.PUNCT) return false;
        String s = t.text();
        return s.indexOf('.') >= 0 || s.indexOf('!') >= 0 || s.indexOf('?') >= 0;
    }

    private static boolean lineBreakBetween(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') return true;
        }
        return false;
    }
}
