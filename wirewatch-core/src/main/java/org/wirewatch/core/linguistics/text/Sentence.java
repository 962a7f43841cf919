package org.wirewatch.core.linguistics.text;

import java.util.List;
import org.wirewatch.core.model.Check;

/**
 * A sentence: from the start of its first token to the end of its last (offsets into the article
 * text, end exclusive), with its tokens in order. Immutable.
 */
public record Sentence(int start, int end, List<Token> tokens) {

    public Sentence {
        tokens = List.copyOf(Check.notNullParam(tokens, "tokens"));
        Check.isTrue(start >= 0 && start <= end, "sentence [%d,%d)", start, end);
    }

    /** The sentence's text in the article it was split from. */
    public String textIn(String articleText) {
        return articleText.substring(start, end);
    }
}
