package org.wirewatch.core.extract.ner.sequence;

import java.util.ArrayList;
import java.util.List;
import org.wirewatch.core.linguistics.text.Token;

/**
 * A name never runs across a bracket: "(President Vladimir) Putin" is Vladimir and Putin, not
 * "Vladimir) Putin". The model rarely sees brackets inside names in training, so it has no weight
 * against them; this cuts such spans at the bracket and keeps the parts that hold a word.
 */
final class Brackets {
    private Brackets() {}

    static List<TokenSpan> split(List<Token> tokens, List<TokenSpan> spans) {
        List<TokenSpan> out = null;
        for (int k = 0; k < spans.size(); k++) {
            TokenSpan s = spans.get(k);
            if (!hasBracket(tokens, s)) {
                if (out != null) out.add(s);
                continue;
            }
            if (out == null) out = new ArrayList<>(spans.subList(0, k));
            int from = s.from();
            for (int i = s.from(); i <= s.to(); i++) {
                if (i < s.to() && !isBracket(tokens.get(i))) continue;
                if (hasWord(tokens, from, i)) out.add(new TokenSpan(from, i, s.type()));
                from = i + 1;
            }
        }
        return out == null ? spans : out;
    }

    private static boolean hasBracket(List<Token> tokens, TokenSpan s) {
        for (int i = s.from(); i < s.to(); i++) if (isBracket(tokens.get(i))) return true;
        return false;
    }

    private static boolean isBracket(Token t) {
        return t.isPunct("(") || t.isPunct(")") || t.isPunct("[") || t.isPunct("]");
    }

    private static boolean hasWord(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) if (tokens.get(i).isWord()) return true;
        return false;
    }
}
