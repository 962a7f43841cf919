package org.wirewatch.core.extract.ner.sequence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wirewatch.core.linguistics.text.TextSplitter;
import org.wirewatch.core.linguistics.text.Token;

class WordClustersTest {
    private final TextSplitter splitter = new TextSplitter();

    /** Written for this test: towns and fruit in the same frames, so their neighbours tell them apart. */
    private static List<String> texts() {
        String[] towns = {"Lviv", "Odesa", "Kharkiv", "Poltava", "Dnipro", "Sumy"};
        String[] fruit = {"apples", "pears", "plums", "cherries", "grapes", "melons"};
        List<String> texts = new ArrayList<>();
        for (int round = 0; round < 4; round++) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < towns.length; i++) {
                String town = towns[(i + round) % towns.length];
                String other = towns[(i + round + 1) % towns.length];
                String f = fruit[(i + 2 * round) % fruit.length];
                String g = fruit[(i + round + 3) % fruit.length];
                b.append("The train from ").append(town).append(" to ").append(other).append(" left at noon. ");
                b.append("She bought fresh ").append(f).append(" and ripe ").append(g).append(" at the market. ");
                b.append("People in ").append(town).append(" like ").append(f).append(" very much. ");
            }
            texts.add(b.toString());
        }
        return texts;
    }

    private WordClusters build() {
        return new ClusterTraining(3, 50, 6, 10).build(texts(), "en", splitter, new PrintWriter(new StringWriter()));
    }

    @Test
    void wordsInTheSameFramesShareALongerPathPrefixThanWordsInOtherFrames() {
        WordClusters clusters = build();
        String lviv = clusters.path("lviv").orElseThrow();
        String odesa = clusters.path("odesa").orElseThrow();
        String apples = clusters.path("apples").orElseThrow();
        assertTrue(common(lviv, odesa) > common(lviv, apples), lviv + " " + odesa + " " + apples);
        assertTrue(clusters.path("zaporizhzhia").isEmpty(), "a word the text never has");
    }

    @Test
    void theSameTextGivesTheSameBytes() throws IOException {
        assertArrayEquals(bytes(build()), bytes(build()));
    }

    @Test
    void writtenClustersReadBackAndABadLineIsNamed() throws IOException {
        WordClusters clusters = build();
        WordClusters back = WordClusters.read(new ByteArrayInputStream(bytes(clusters)), "test.clusters");
        assertEquals(clusters.paths(), back.paths());
        IOException e = assertThrows(IOException.class, () -> WordClusters.read(
                new ByteArrayInputStream("# c\nkyiv\t0101\nlviv 0110\n".getBytes(StandardCharsets.UTF_8)), "x.clusters"));
        assertTrue(e.getMessage().startsWith("x.clusters:3:"), e.getMessage());
    }

    @Test
    void clusterPrefixesAreFeaturesOfTheWordAndItsNeighboursOnlyWithClusters() {
        WordClusters clusters = new WordClusters(Map.of("lviv", "0110", "odesa", "0111", "train", "10"));
        List<Token> tokens = splitter.sentences("The train left Lviv for Odesa .", "en").get(0).tokens();
        FeatureGroups with = FeatureGroups.parse("clusters");
        int[][] on = new FeatureExtractor("en", null, null, null, with, clusters).features(tokens, new DocumentState());
        int[][] off = new FeatureExtractor("en", null, null, FeatureGroups.BASIC).features(tokens, new DocumentState());
        int prefixes = 4;
        assertEquals(off[0].length + prefixes, on[0].length, "'The': its right neighbour 'train' is clustered");
        assertEquals(off[1].length + prefixes, on[1].length, "'train' itself");
        assertEquals(off[3].length + prefixes, on[3].length, "'Lviv' (looked up in lower case)");
        assertEquals(off[4].length + 2 * prefixes, on[4].length, "'for', between Lviv and Odesa");
        assertEquals(off[6].length + prefixes, on[6].length, "'.' after Odesa");
        // "Lviv" and "Odesa" share the 4-bit prefix only partly: their whole-path features differ.
        assertNotEquals(on[3][on[3].length - 1], on[5][on[5].length - 1]);
        assertThrows(IllegalArgumentException.class, () -> new FeatureExtractor("en", null, null, null, with, null));
        assertTrue(FeatureGroups.parse("all,clusters").has(FeatureGroups.CLUSTERS) && !FeatureGroups.ALL.has(FeatureGroups.CLUSTERS));
    }

    private static int common(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) i++;
        return i;
    }

    private static byte[] bytes(WordClusters clusters) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        clusters.write(out, "test");
        return out.toByteArray();
    }
}
