package org.wirewatch.core.linguistics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.wirewatch.core.linguistics.text.Sentence;
import org.wirewatch.core.linguistics.text.TextSplitter;
import org.wirewatch.core.linguistics.text.Token;
import org.wirewatch.core.model.Check;

/**
 * An article's text cut once, after its language is known: sentences of tokens with exact offsets,
 * by the sentence rules of its language ("und" rules when it has none). Every stage that reads
 * tokens or sentences takes them from here, so offsets agree between stages and no stage
 * tokenises again. Word readings are remembered by the morphologies themselves, shared by all
 * stages and articles. Immutable.
 */
public final class AnalysedText {
    /** Sentence rules for text in a language without rules of its own. */
    static final String UNDETERMINED = "und";

    private final String text;
    private final String language;
    private final List<Sentence> sentences;
    private final List<Token> tokens;

    private AnalysedText(String text, String language, List<Sentence> sentences) {
        this.text = text;
        this.language = language;
        this.sentences = sentences;
        List<Token> all = new ArrayList<>(text.length() / 5);
        for (Sentence s : sentences) all.addAll(s.tokens());
        this.tokens = Collections.unmodifiableList(all);
    }

    /** @param language ISO 639-1 code, or null when unknown */
    public static AnalysedText of(String text, String language, TextSplitter splitter) {
        Check.notNullParam(text, "text");
        Check.notNullParam(splitter, "splitter");
        String rules = language != null && splitter.supports(language) ? language : UNDETERMINED;
        return new AnalysedText(text, language, splitter.sentences(text, rules));
    }

    public String text() {
        return text;
    }

    /** The ISO 639-1 code of the text's language, or null when unknown. */
    public String language() {
        return language;
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    /** Every token of the text, in order: the tokens of the sentences one after another. */
    public List<Token> tokens() {
        return tokens;
    }
}
