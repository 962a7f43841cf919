package org.wirewatch.core.extract.ner.sequence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirewatch.core.kb.KnowledgeBases;
import org.wirewatch.core.linguistics.text.TextSplitter;
import org.wirewatch.core.linguistics.text.Token;

class FeatureExtractorTest {
    private final TextSplitter splitter = new TextSplitter();

    @Test
    void shapesCollapseRepeatedCharacterClasses() {
        assertEquals("Xx", FeatureExtractor.shape("Kyiv"));
        assertEquals("X", FeatureExtractor.shape("NATO"));
        assertEquals("X.X.", FeatureExtractor.shape("U.S."));
        assertEquals("d-d-d", FeatureExtractor.shape("1996-08-30"));
        assertEquals("Xx", FeatureExtractor.shape("Київ"));
    }

    @Test
    void theSameSentenceGivesTheSameFeatures() {
        FeatureExtractor fx = new FeatureExtractor("en", null, KnowledgeBases.builtIn(), FeatureGroups.ALL);
        List<Token> tokens = tokens("Officials in Kyiv met the delegation on Friday .");
        assertArrayEquals(fx.features(tokens, new DocumentState()), fx.features(tokens, new DocumentState()));
    }

    @Test
    void anEarlierMentionAddsAHistoryFeature() {
        FeatureExtractor fx = new FeatureExtractor("en", null, null, FeatureGroups.parse("history"));
        List<Token> tokens = tokens("Jordan arrived late .");
        DocumentState doc = new DocumentState();
        int[][] before = fx.features(tokens, doc);
        doc.remember("jordan", Bilou.typeIndex(org.wirewatch.core.kb.EntityType.PER));
        int[][] after = fx.features(tokens, doc);
        assertEquals(before[0].length + 2, after[0].length);
        assertEquals(before[1].length, after[1].length, "only the remembered word");
    }

    @Test
    void anEarlierNameWithTheSameBeginningAddsAStemFeatureOnlyWithStems() {
        List<Token> tokens = tokens("Мама Оксанки прийшла .");
        DocumentState doc = new DocumentState();
        doc.remember("оксанка", Bilou.typeIndex(org.wirewatch.core.kb.EntityType.PER));
        int with = new FeatureExtractor("uk", null, null, FeatureGroups.parse("history,stems")).features(tokens, doc)[1].length;
        int without = new FeatureExtractor("uk", null, null, FeatureGroups.parse("history")).features(tokens, doc)[1].length;
        assertEquals(without + 1, with);
        assertEquals(-1, doc.earlierType("оксанки"), "the stem never passes for the word itself");
    }

    @Test
    void lowerCaseWordsHangingFromACapitalisedWordGetHeadFeaturesOnlyWithHeads() {
        List<Token> tokens = tokens("Відділ освіти та науки провів нараду , далі обід .");
        int[][] with = new FeatureExtractor("uk", null, null, FeatureGroups.parse("heads")).features(tokens, new DocumentState());
        int[][] without = new FeatureExtractor("uk", null, null, FeatureGroups.BASIC).features(tokens, new DocumentState());
        assertEquals(without[0].length, with[0].length, "the head itself");
        for (int i = 1; i <= 5; i++) assertEquals(without[i].length + 3, with[i].length, "word " + i);
        assertEquals(without[8].length, with[8].length, "a comma ends the run");
        assertEquals(FeatureGroups.ALL.mask() | FeatureGroups.HEADS, FeatureGroups.parse("all,heads").mask());
        assertFalse(FeatureGroups.ALL.has(FeatureGroups.HEADS) || FeatureGroups.ALL.has(FeatureGroups.STEMS));
    }

    @Test
    void latinWordsInACyrillicSentenceAreToldApartOnlyWithScript() {
        assertEquals('L', FeatureExtractor.script("MySQL"));
        assertEquals('C', FeatureExtractor.script("Київ"));
        assertEquals('M', FeatureExtractor.script("Сo"), "a Cyrillic С with a Latin o");
        assertEquals('-', FeatureExtractor.script("2016"));
        List<Token> tokens = tokens("Компанія Vestas та Зоря уклали угоду .");
        int[][] with = new FeatureExtractor("uk", null, null, FeatureGroups.parse("script")).features(tokens, new DocumentState());
        int[][] without = new FeatureExtractor("uk", null, null, FeatureGroups.BASIC).features(tokens, new DocumentState());
        for (int i = 0; i < tokens.size(); i++) assertEquals(without[i].length + 3, with[i].length, "word " + i);
        // Same shape ("Xx"), other script: the script features of "Vestas" and "Зоря" differ.
        java.util.Set<Integer> latin = new java.util.HashSet<>();
        for (int f : with[1]) latin.add(f);
        int shared = 0;
        for (int f : with[3]) if (latin.contains(f)) shared++;
        int sharedWithout = 0;
        java.util.Set<Integer> latinWithout = new java.util.HashSet<>();
        for (int f : without[1]) latinWithout.add(f);
        for (int f : without[3]) if (latinWithout.contains(f)) sharedWithout++;
        assertEquals(sharedWithout, shared, "no script feature is common to the Latin and the Cyrillic word");
        assertFalse(FeatureGroups.ALL.has(FeatureGroups.SCRIPT));
    }

    @Test
    void aKnownPlaceGetsAGazetteerFeatureOnlyWhenTheGroupIsOn() {
        List<Token> tokens = tokens("They flew to Kyiv .");
        int with = new FeatureExtractor("en", null, KnowledgeBases.builtIn(), FeatureGroups.parse("gazetteer")).features(tokens, new DocumentState())[3].length;
        int without = new FeatureExtractor("en", null, KnowledgeBases.builtIn(), FeatureGroups.BASIC).features(tokens, new DocumentState())[3].length;
        assertTrue(with > without, with + " vs " + without);
    }

    @Test
    void wordsBetweenGuillemetsAreQuoted() {
        boolean[] in = QuoteState.inside(tokens("Компанія « Зоря Плюс » відкрила офіс ."));
        assertFalse(in[0]);
        assertTrue(in[2] && in[3]);
        assertFalse(in[5]);
    }

    @Test
    void featureGroupsParseByName() {
        assertEquals(FeatureGroups.ALL, FeatureGroups.parse("all"));
        FeatureGroups two = FeatureGroups.parse("line,history");
        assertTrue(two.has(FeatureGroups.LINE) && two.has(FeatureGroups.HISTORY) && !two.has(FeatureGroups.GAZETTEER));
        assertEquals("line,history", two.toString());
        assertNotEquals(FeatureGroups.BASIC, two);
    }

    private List<Token> tokens(String sentence) {
        return splitter.sentences(sentence, "en").get(0).tokens();
    }
}
