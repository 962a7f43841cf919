package org.wirewatch.core.linguistics.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.wirewatch.core.SharedData;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The five real scraped seed articles, read in place from ../shared (never copied into the project). */
class SeedTextTest {
    private final TextSplitter splitter = new TextSplitter();

    static List<Path> seeds() throws IOException {
        try (Stream<Path> files = Files.list(SharedData.require("corpus", "seeds"))) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    /** 004 is the Russian translation; the rest are English (with an Azerbaijani caption in 001). */
    static String lang(Path seed) {
        return seed.getFileName().toString().startsWith("004") ? "ru" : "en";
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void offsetsAreExactAndEveryVisibleCharacterIsInOneToken(Path seed) throws IOException {
        String text = Files.readString(seed);
        Invariants.check(text, 0, text.length(), splitter.sentences(text, lang(seed)));
    }

    /** No sentence stops at "Gov.", "U.S. Ambassador", an initial or a decimal: the name or number after stays with it. */
    @ParameterizedTest
    @MethodSource("seeds")
    void noSentenceEndsAtAnAbbreviationBeforeAName(Path seed) throws IOException {
        String text = Files.readString(seed);
        SentenceRules rules = splitter.rules(lang(seed)).orElseThrow();
        List<Sentence> sentences = splitter.sentences(text, lang(seed));
        for (int i = 0; i + 1 < sentences.size(); i++) {
            List<Token> tokens = sentences.get(i).tokens();
            Token last = tokens.get(tokens.size() - 1);
            Token before = tokens.size() > 1 ? tokens.get(tokens.size() - 2) : null;
            boolean sameLine = text.substring(last.end(), sentences.get(i + 1).start()).indexOf('\n') < 0;
            if (!sameLine || before == null || !last.text().equals(".") || before.end() != last.start()) continue;
            Token next = sentences.get(i + 1).tokens().get(0);
            boolean abbreviation = rules.isTitleAbbreviation(before.text())
                    || (rules.isAbbreviation(before.text()) && !rules.startsSentence(next.text()));
            assertFalse(abbreviation, "split after '" + before.text() + ".' before '" + next.text() + "'");
        }
    }

    @Test
    void sentenceCountsOfTheSeeds() throws IOException {
        // every split read and checked by hand; headlines, captions and sidebar lines are sentences of their own
        List<Path> seeds = seeds();
        assertEquals(5, seeds.size());
        int[] expected = {25, 23, 27, 144, 137};
        for (int i = 0; i < seeds.size(); i++) {
            String text = Files.readString(seeds.get(i));
            assertEquals(expected[i], splitter.sentences(text, lang(seeds.get(i))).size(), seeds.get(i).getFileName().toString());
        }
    }

    @Test
    void theLiveBlogSplitsIntoManyShortSentencesNotOneBlock() throws IOException {
        Path blog = seeds().get(3);
        String text = Files.readString(blog);
        List<Sentence> sentences = splitter.sentences(text, "en");
        int longest = sentences.stream().mapToInt(s -> s.end() - s.start()).max().orElse(0);
        assertTrue(longest < 500, "longest sentence " + longest + " chars");
    }
}
