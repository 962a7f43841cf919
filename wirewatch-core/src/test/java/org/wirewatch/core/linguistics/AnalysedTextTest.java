package org.wirewatch.core.linguistics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirewatch.core.linguistics.text.Sentence;
import org.wirewatch.core.linguistics.text.TextSplitter;
import org.wirewatch.core.linguistics.text.Tokenizer;

/** The text is cut once: the sentences' tokens are exactly the tokenizer's, so every stage sees the same offsets. */
class AnalysedTextTest {
    private static final TextSplitter SPLITTER = new TextSplitter();
    private static final String TEXT = "Gov. Ellen Park met Dr. Ivo Marek in Lviv on Monday.\n\n"
            + "\"We agreed on 40 buses,\" she said. Talks resume on 3 March.\nSidebar line without a stop";

    @Test
    void its_tokens_are_the_tokenizers_and_its_sentences_the_splitters() {
        AnalysedText analysed = AnalysedText.of(TEXT, "en", SPLITTER);
        assertEquals(new Tokenizer().tokens(TEXT), analysed.tokens());
        List<Sentence> sentences = analysed.sentences();
        assertEquals(SPLITTER.sentences(TEXT, "en"), sentences);
        assertEquals("Gov. Ellen Park met Dr. Ivo Marek in Lviv on Monday.", sentences.get(0).textIn(TEXT));
        assertEquals(4, sentences.size());
    }

    @Test
    void a_language_without_sentence_rules_is_cut_by_the_rules_every_language_shares() {
        AnalysedText analysed = AnalysedText.of(TEXT, "pl", SPLITTER);
        assertEquals("pl", analysed.language());
        assertEquals(SPLITTER.sentences(TEXT, "und"), analysed.sentences());
    }
}
