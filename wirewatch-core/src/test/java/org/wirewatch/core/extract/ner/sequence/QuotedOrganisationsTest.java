package org.wirewatch.core.extract.ner.sequence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirewatch.core.kb.EntityType;
import org.wirewatch.core.linguistics.text.Token;
import org.wirewatch.core.linguistics.text.Tokenizer;

/** Written sentences; the spans given are what a model that reads the quoted words alone decodes. */
class QuotedOrganisationsTest {
    private final Tokenizer tokenizer = new Tokenizer();

    private List<TokenSpan> apply(String lang, String text, TokenSpan... spans) {
        List<Token> tokens = tokenizer.tokens(text);
        return new QuotedOrganisations(Cues.of(lang)).apply(tokens, List.of(spans));
    }

    @Test
    void aQuotedNameAfterAHeadWordIsOneOrganisation() {
        // 0 Об 1 этом 2 сообщила 3 радиостанция 4 « 5 Волна 6 » 7 .
        assertEquals(List.of(new TokenSpan(5, 6, EntityType.ORG)),
                apply("ru", "Об этом сообщила радиостанция «Волна».", new TokenSpan(5, 6, EntityType.LOC)));
        // 0 Лидер 1 партии 2 « 3 Новый 4 путь 5 Сибири 6 » 7 Иван 8 Орлов: the place inside goes into the name
        assertEquals(List.of(new TokenSpan(3, 6, EntityType.ORG), new TokenSpan(7, 9, EntityType.PER)),
                apply("ru", "Лидер партии «Новый путь Сибири» Иван Орлов", new TokenSpan(5, 6, EntityType.LOC), new TokenSpan(7, 9, EntityType.PER)));
        // 0 Концерт 1 в 2 клубе 3 « 4 12 5 стульев 6 »: missed by the model, found by the rule
        assertEquals(List.of(new TokenSpan(4, 6, EntityType.ORG)), apply("ru", "Концерт в клубе «12 стульев»"));
        // 0 Газета 1 « 2 Утро 3 » 4 вышла: a head word that opens the sentence
        assertEquals(List.of(new TokenSpan(2, 3, EntityType.ORG)), apply("ru", "Газета «Утро» вышла", new TokenSpan(2, 3, EntityType.PER)));
    }

    @Test
    void otherQuotesAndSpansAcrossTheMarksStayAsTheyAre() {
        List<TokenSpan> none = List.of();
        assertEquals(none, apply("ru", "Он назвал проект «Северный путь» успешным"), "not a head word");
        assertEquals(none, apply("ru", "В газете «это был лишь первый шаг» сказано"), "a phrase in lower case");
        TokenSpan across = new TokenSpan(3, 7, EntityType.ORG);   // 0 Иск 1 подала 2 компания 3 « 4 Зоря 5 » 6 ...
        assertEquals(List.of(across), apply("ru", "Иск подала компания «Зоря» Трейдинг", across));
        assertEquals(List.of(new TokenSpan(4, 5, EntityType.LOC)), apply("en", "He joined radio \"Volna\" today",
                new TokenSpan(4, 5, EntityType.LOC)), "a pack that lists no head words");
    }
}
