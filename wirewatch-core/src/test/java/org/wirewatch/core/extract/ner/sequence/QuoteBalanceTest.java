package org.wirewatch.core.extract.ner.sequence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirewatch.core.kb.EntityType;
import org.wirewatch.core.linguistics.text.Token;
import org.wirewatch.core.linguistics.text.Tokenizer;

class QuoteBalanceTest {
    private final Tokenizer tokenizer = new Tokenizer();

    private String spanText(String text, List<TokenSpan> in) {
        List<Token> tokens = tokenizer.tokens(text);
        TokenSpan s = QuoteBalance.close(tokens, in).get(0);
        return text.substring(tokens.get(s.from()).start(), tokens.get(s.to() - 1).end());
    }

    @Test
    void aNameThatOpensAQuoteClosesIt() {
        // ТОВ « Зоряний шлях » : tokens 0 ТОВ, 1 «, 2 Зоряний, 3 шлях, 4 »
        assertEquals("ТОВ « Зоряний шлях »", spanText("ТОВ « Зоряний шлях » уклало угоду", List.of(new TokenSpan(0, 4, EntityType.ORG))));
    }

    @Test
    void aNameInsideQuotesLeavesTheClosingQuoteItNeverOpened() {
        // «Зоряний шлях». : tokens 0 «, 1 Зоряний, 2 шлях, 3 », 4 .
        assertEquals("Зоряний шлях", spanText("«Зоряний шлях».", List.of(new TokenSpan(1, 4, EntityType.ORG))));
        assertEquals("»", spanText("» і далі", List.of(new TokenSpan(0, 1, EntityType.ORG))), "a span of the quote alone is left as it is");
        assertEquals("«Зоря» - «Сяйво»", spanText("«Зоря» - «Сяйво»", List.of(new TokenSpan(0, 7, EntityType.ORG))), "balanced quotes stay");
    }

    @Test
    void aQuotedNameTakesInTheLegalFormBeforeIt() {
        String text = "Угоду уклало ПрАТ « Зоряний шлях » з ТОВ «Сяйво» та фірмою «Ранок» .";
        List<Token> tokens = tokenizer.tokens(text);
        // 2 ПрАТ, 3 «, 4 Зоряний, 5 шлях, 6 », 7 з, 8 ТОВ, 9 «, 10 Сяйво, 11 », 12 та, 13 фірмою, 14 «, 15 Ранок, 16 »
        List<TokenSpan> in = List.of(new TokenSpan(4, 6, EntityType.ORG), new TokenSpan(8, 9, EntityType.ORG),
                new TokenSpan(10, 11, EntityType.ORG), new TokenSpan(15, 16, EntityType.ORG));
        List<TokenSpan> out = QuoteBalance.close(tokens, QuoteBalance.withLegalForms(tokens, in));
        assertEquals(List.of("ПрАТ « Зоряний шлях »", "ТОВ «Сяйво»", "Ранок"),
                out.stream().map(s -> text.substring(tokens.get(s.from()).start(), tokens.get(s.to() - 1).end())).toList());
    }
}
