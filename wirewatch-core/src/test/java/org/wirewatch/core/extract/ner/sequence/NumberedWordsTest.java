package org.wirewatch.core.extract.ner.sequence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirewatch.core.kb.EntityType;
import org.wirewatch.core.linguistics.text.Token;
import org.wirewatch.core.linguistics.text.Tokenizer;

/** Written sentences; the spans given are what a model that reads a mission code as a body decodes. */
class NumberedWordsTest {
    private final Tokenizer tokenizer = new Tokenizer();

    @Test
    void aWordJoinedToANumberIsNoName() {
        List<Token> tokens = tokenizer.tokens("Экипаж XR-7 и Иван Орлов вернулись");
        int code = tokens.size() == 8 ? 3 : 1;   // "XR-7" as one token or three
        TokenSpan mission = new TokenSpan(1, 1 + code, EntityType.ORG);
        TokenSpan person = new TokenSpan(2 + code, 4 + code, EntityType.PER);
        assertEquals(List.of(person), NumberedWords.drop(tokens, List.of(mission, person)));
    }

    @Test
    void namesWithANumberApartOrWithoutOneStay() {
        List<Token> tokens = tokenizer.tokens("Группа Альфа 7 и Клуб-Восток выступили");
        List<TokenSpan> spans = List.of(new TokenSpan(0, 3, EntityType.ORG));
        assertEquals(spans, NumberedWords.drop(tokens, spans), "the number written apart");
        List<Token> hyphen = tokenizer.tokens("Клуб-Восток выступил");
        List<TokenSpan> club = List.of(new TokenSpan(0, hyphen.size() - 1, EntityType.ORG));
        assertEquals(club, NumberedWords.drop(hyphen, club), "letters on both sides of the hyphen");
        assertTrue(Cues.of("ru").numberedWordsAreNoNames());
        assertFalse(Cues.of("uk").numberedWordsAreNoNames(), "ner-uk names firms so (\"Спецбуд-3\")");
    }
}
