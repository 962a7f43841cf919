package org.wirewatch.core.extract.ner;

import java.util.List;
import org.wirewatch.core.extract.ner.cues.RoleCue;
import org.wirewatch.core.linguistics.text.Token;

/**
 * A run of tokens in one sentence that may name something, with the title found next to it.
 *
 * @param tokens    the sentence's tokens
 * @param from      index of the first token of the run
 * @param to        index after the last token of the run
 * @param role      the office standing before or after the name, or null
 * @param affiliate true when the run was found inside a title ("NATO" in "NATO Secretary General"),
 *                  so it names an organisation or place, never a person
 */
record Candidate(List<Token> tokens, int from, int to, RoleCue role, boolean affiliate) {

    int start() {
        return tokens.get(from).start();
    }

    int end() {
        return tokens.get(to - 1).end();
    }

    int size() {
        return to - from;
    }

    Token token(int i) {
        return tokens.get(from + i);
    }

    Token last() {
        return tokens.get(to - 1);
    }

    String text(String documentText) {
        return documentText.substring(start(), end());
    }
}
