package org.wirewatch.core.linguistics.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {
    private final Tokenizer tokenizer = new Tokenizer();

    private List<String> texts(String text) {
        return tokenizer.tokens(text).stream().map(Token::text).toList();
    }

    private List<TokenKind> kinds(String text) {
        return tokenizer.tokens(text).stream().map(Token::kind).toList();
    }

    @Test
    void wordsKeepInnerApostrophesOfEveryStyle() {
        assertEquals(List.of("з'їзд", "п’ять", "В'ячеслав", "Зʼїзд", "O'Neill", "don't", "we’re", "I’d"),
                texts("з'їзд п’ять В'ячеслав Зʼїзд O'Neill don't we’re I’d"));
    }

    @Test
    void wordsKeepInnerHyphensButNotBetweenDigits() {
        assertEquals(List.of("Meinl-Reisinger", "Kryvyi-Rih", "AIM-7", "48-year-old", "штаб-квартире", "5-летнего"),
                texts("Meinl-Reisinger Kryvyi-Rih AIM-7 48-year-old штаб-квартире 5-летнего"));
        assertEquals(List.of("2022", "-", "2023"), texts("2022-2023"));
        assertEquals(List.of(TokenKind.NUMBER, TokenKind.DASH, TokenKind.NUMBER), kinds("2022-2023"));
    }

    @Test
    void englishPossessiveIsSplitSoTheNameEndsBeforeTheApostrophe() {
        String text = "Blinken's visit and NATO’s role";
        List<Token> tokens = tokenizer.tokens(text);
        assertEquals(new Token(0, 7, "Blinken", TokenKind.WORD), tokens.get(0));
        assertEquals(new Token(7, 9, "'s", TokenKind.POSSESSIVE), tokens.get(1));
        assertEquals("NATO", tokens.get(4).text());
        assertEquals(TokenKind.POSSESSIVE, tokens.get(5).kind());
        assertEquals(List.of("allies", "'", "commitment"), texts("allies' commitment"));
    }

    @Test
    void numbersKeepTheirSeparatorsAndSymbolsStandApart() {
        assertEquals(List.of("1,000", "1.5", "13.11.2024", "5", "%", "$", "300", "1,5", "5th", "1.1т"),
                texts("1,000 1.5 13.11.2024 5% $300 1,5 5th 1.1т"));
        assertEquals(List.of(TokenKind.NUMBER, TokenKind.SYMBOL, TokenKind.SYMBOL, TokenKind.NUMBER), kinds("5% $300"));
        assertEquals(List.of("20\u00A0000", "человек"), texts("20\u00A0000 человек"));
        assertEquals(List.of("2024", "100"), texts("2024\u00A0100"), "a year is not a digit group");
    }

    @Test
    void quotesAndDashesHaveTheirOwnKinds() {
        assertEquals(List.of(TokenKind.QUOTE, TokenKind.WORD, TokenKind.QUOTE, TokenKind.DASH, TokenKind.QUOTE,
                        TokenKind.WORD, TokenKind.QUOTE, TokenKind.QUOTE, TokenKind.WORD, TokenKind.QUOTE, TokenKind.DASH),
                kinds("«Так» — „Ні“ ‘yes’ –"));
        assertEquals(List.of("Korea", "-", "will"), texts("Korea - will"));
        assertEquals(TokenKind.DASH, kinds("--").get(0));
    }

    @Test
    void stopsRunTogether() {
        assertEquals(List.of("Wait", "...", "what", "?!", "end", "…"), texts("Wait... what?! end…"));
    }

    @Test
    void addressesStayWholeWithoutTheSentencePunctuation() {
        assertEquals(List.of("see", "https://example.org/a?b=1&c=(2)", "."), texts("see https://example.org/a?b=1&c=(2)."));
        assertEquals(List.of("vesti-ua.net", "Вести-ua.net", "www.reuters.com", "24tv.ua", "news@example.com", "."),
                texts("vesti-ua.net Вести-ua.net www.reuters.com 24tv.ua news@example.com."));
        assertTrue(kinds("vesti-ua.net Вести-ua.net").stream().allMatch(k -> k == TokenKind.URL));
        assertEquals(List.of("Ukraine", ".", "The"), texts("Ukraine.The"), "a missing space is not a domain");
    }

    @Test
    void dottedAcronymsKeepTheirDotsButInitialsDoNot() {
        assertEquals(List.of("U.S.", "e.g.", "т.е.", "Ph.D."), texts("U.S. e.g. т.е. Ph.D."));
        assertEquals(List.of("the", "U.S.", "shared"), texts("the U.S.shared"));
        assertEquals(List.of("J", ".", "Smith"), texts("J. Smith"));
        assertEquals(List.of("Gov", ".", "Gladkov"), texts("Gov. Gladkov"));
    }

    @Test
    void surrogatePairsAreNeverCutAndMarksStayInTheirWord() {
        assertEquals(List.of("ok", "🙂", "!"), texts("ok🙂!"));
        assertEquals(List.of("Украї́на", "зна\u00ADння"), texts("Украї́на зна\u00ADння"));
    }

    @Test
    void offsetsPointIntoTheWholeTextForASegment() {
        String text = "Skip this. Київ’s «центр» 1,5 млн";
        int start = text.indexOf("Київ");
        for (Token t : tokenizer.tokens(text, start, text.length())) {
            assertEquals(text.substring(t.start(), t.end()), t.text());
            assertTrue(t.start() >= start);
        }
    }

    @Test
    void tokenShapes() {
        List<Token> t = tokenizer.tokens("NATO Kyiv iPhone I США 5th");
        assertTrue(t.get(0).allCaps() && t.get(0).capitalised() && t.get(0).latin());
        assertTrue(t.get(1).capitalised() && !t.get(1).allCaps());
        assertFalse(t.get(2).capitalised());
        assertTrue(t.get(2).lowerInitial());
        assertFalse(t.get(3).allCaps(), "a single capital is a word or an initial, not an acronym");
        assertTrue(t.get(4).allCaps() && t.get(4).cyrillic());
        assertFalse(t.get(5).capitalised());
    }

    @Test
    void rejectsSpansOutsideTheText() {
        assertThrows(IllegalArgumentException.class, () -> tokenizer.tokens("abc", 2, 5));
        assertThrows(IllegalArgumentException.class, () -> new Token(0, 3, "ab", TokenKind.WORD));
    }
}
