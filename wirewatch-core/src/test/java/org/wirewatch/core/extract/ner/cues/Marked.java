package org.wirewatch.core.extract.ner.cues;

import java.util.List;
import org.wirewatch.core.linguistics.text.Token;
import org.wirewatch.core.linguistics.text.Tokenizer;

/** A test sentence with its name in brackets: "NATO Secretary General [Jens Stoltenberg] said". */
record Marked(String text, List<Token> tokens, int nameStart, int nameEnd) {
    private static final Tokenizer TOKENIZER = new Tokenizer();

    static Marked of(String marked) {
        int open = marked.indexOf('[');
        int close = marked.indexOf(']') - 1;
        String text = marked.replace("[", "").replace("]", "");
        List<Token> tokens = TOKENIZER.tokens(text);
        int start = -1;
        int end = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() == open) start = i;
            if (tokens.get(i).end() == close) end = i + 1;
        }
        if (open >= 0 && (start < 0 || end < 0)) throw new IllegalArgumentException("name not on token boundaries: " + marked);
        return new Marked(text, tokens, start, end);
    }

    String textOf(TokenRange range) {
        return range.textIn(tokens, text);
    }

    String describe(RoleCue cue) {
        StringBuilder b = new StringBuilder(cue.role()).append(" <").append(text, cue.start(), cue.end()).append(">");
        for (TokenRange a : cue.affiliations()) b.append(" {").append(textOf(a)).append("}");
        return b.toString();
    }
}
