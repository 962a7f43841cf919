package org.wirewatch.core.linguistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.wirewatch.core.lang.LanguagePacks;
import org.wirewatch.core.lang.UposTags;
import org.wirewatch.core.linguistics.morph.Upos;
import org.wirewatch.core.linguistics.text.TextSplitter;
import org.wirewatch.core.linguistics.text.Token;

/** Universal parts of speech on the tokens of the one analysed text, from each pack's dictionary and tag map. */
class UposTest {
    private static final LanguagePacks PACKS = LanguagePacks.discover();
    private static final TextSplitter SPLITTER = new TextSplitter(PACKS);

    private static Set<Upos> uposOf(AnalysedText text, String word) {
        List<Token> tokens = text.tokens();
        for (int i = 0; i < tokens.size(); i++) if (tokens.get(i).text().equals(word)) return text.upos(i);
        throw new AssertionError("no token " + word);
    }

    @Test
    void englishRussianAndUkrainianWordsGetTheirUniversalPartsOfSpeech() {
        // written for this test
        AnalysedText en = AnalysedText.of("He said two missiles hit Kyiv in May.", "en", SPLITTER, PACKS);
        AnalysedText ru = AnalysedText.of("Он сказал, что ракеты упали в Киеве.", "ru", SPLITTER, PACKS);
        AnalysedText uk = AnalysedText.of("Він сказав, що ракети впали в Києві.", "uk", SPLITTER, PACKS);
        for (AnalysedText t : List.of(en, ru, uk)) {
            List<Token> tokens = t.tokens();
            assertEquals(Set.of(Upos.PRON), t.upos(0), t.language() + " " + tokens.get(0));
            assertEquals(Set.of(Upos.VERB), t.upos(1), t.language() + " " + tokens.get(1));
            assertEquals(Set.of(Upos.PUNCT), t.upos(tokens.size() - 1), t.language());
        }
        assertTrue(uposOf(en, "missiles").contains(Upos.NOUN));
        assertEquals(Set.of(Upos.PROPN), uposOf(en, "Kyiv"));
        assertEquals(Set.of(Upos.NOUN), uposOf(ru, "ракеты"));
        assertTrue(uposOf(ru, "Киеве").contains(Upos.PROPN), uposOf(ru, "Киеве").toString());
        assertEquals(Set.of(Upos.ADP), uposOf(ru, "в"));
        assertTrue(uposOf(uk, "ракети").contains(Upos.NOUN));
        assertTrue(uposOf(uk, "Києві").contains(Upos.PROPN), uposOf(uk, "Києві").toString());
        assertEquals(Set.of(Upos.PRON, Upos.SCONJ), uposOf(uk, "що"));   // ambiguous: "that" and "what"
        assertEquals("сказав", uk.tokens().get(1).text());
        assertEquals("сказати", uk.readings(1).get(0).lemma());
    }

    @Test
    void withoutAMorphologyWordsHaveNoPartOfSpeechButPunctuationAndNumbersDo() {
        AnalysedText pl = AnalysedText.of("Rosja wystrzeliła 40 rakiet.", "pl", SPLITTER, PACKS);
        assertEquals(Set.of(), pl.upos(0));
        assertEquals(List.of(), pl.readings(0));
        assertEquals(Set.of(Upos.NUM), pl.upos(2));
        assertEquals(Set.of(Upos.PUNCT), pl.upos(4));
    }

    @Test
    void anUnknownPartOfSpeechInATagMapFailsNamingFileAndLine() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> UposTags.parse(List.of("[tag]", "NOUN: NN", "NOUNS: NNS"), "xx/upos.cues"));
        assertTrue(e.getMessage().startsWith("xx/upos.cues:3: unknown key 'NOUNS'"), e.getMessage());
    }
}
