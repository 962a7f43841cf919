package org.wirewatch.core.linguistics.text;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Random strings from the characters that make splitting hard: it never throws and keeps every promise. */
class RandomTextTest {
    private static final List<String> PIECES = List.of(
            "a", "Б", "ї", "Z", "'", "’", "ʼ", "-", "‑", "—", ".", "...", "…", "?", "!", "«", "»", "\"", "“", "”", "„",
            " ", " ", " ", "\n", "\r", "\n\n", "\u00A0", "\u202F", "\u00AD", "\u0301", "\u200B", "\t", "1", "0", "000",
            ",", "U.S.", "Mr.", "г.", "р.", "т.е.", "J.", "http://", "https://x.y/", "www.", "@", ".net", ".ua", "vesti-ua",
            "'s", "’s", "🙂", "\uD83D", "\uDE42", "$", "%", "(", ")", "[", "]", "#", "\u0000", "\uFFFF", "Ωμέγα");

    @Test
    void randomInputNeverBreaksTheSplitter() {
        TextSplitter splitter = new TextSplitter();
        Random random = new Random(20241113);
        for (int round = 0; round < 3000; round++) {
            StringBuilder b = new StringBuilder();
            int pieces = random.nextInt(60);
            for (int i = 0; i < pieces; i++) b.append(PIECES.get(random.nextInt(PIECES.size())));
            String text = b.toString();
            int start = text.isEmpty() ? 0 : random.nextInt(text.length());
            int end = start + (text.length() == start ? 0 : random.nextInt(text.length() - start + 1));
            for (String lang : List.of("en", "ru", "uk", "und")) {
                try {
                    Invariants.check(text, 0, text.length(), splitter.sentences(text, lang));
                    Invariants.check(text, start, end, splitter.sentences(text, start, end, lang));
                } catch (RuntimeException | AssertionError e) {
                    throw new AssertionError("failed on [" + Invariants.show(text) + "] " + start + ".." + end + " " + lang, e);
                }
            }
        }
    }
}
