package org.wirewatch.core.extract.ner.cues;

import java.util.List;
import org.wirewatch.core.model.Check;
import org.wirewatch.core.linguistics.text.Token;

/** Token indices {@code [start, end)} in the token list a cue was found in. Immutable. */
public record TokenRange(int start, int end) {

    public TokenRange {
        Check.isTrue(start >= 0 && start < end, "token range [%d,%d)", start, end);
    }

    public int length() {
        return end - start;
    }

    /** Character offset where the first token starts. */
    public int charStart(List<Token> tokens) {
        return tokens.get(start).start();
    }

    /** Character offset where the last token ends. */
    public int charEnd(List<Token> tokens) {
        return tokens.get(end - 1).end();
    }

    /** The covered text, from the article the tokens were cut from. */
    public String textIn(List<Token> tokens, String articleText) {
        return articleText.substring(charStart(tokens), charEnd(tokens));
    }
}
