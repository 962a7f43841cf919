package org.wirewatch.core.extract.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wirewatch.core.model.Mention;

/** Messy text never breaks recognition: no exception, every span inside the text and saying what it covers. */
class EntityRecognizerRobustnessTest {
    private static final String[] PIECES = {
        "Kyiv", "Київ", "Киев", "NATO", "НАТО", " ", " ", "\n", "\n\n", ".", ",", "«", "»", "“", "”", "\"", "'", "’", "—", "-",
        "(", ")", "Mr.", "Gov.", "Secretary General", "генеральным секретарем", "Президент", "said", "заявил", "A", "The",
        "Блинкена", "Зеленського", "O'Neill", "al-", "van", "der", "1.1т", "17:21", "$300", "F-16", "\u00AD", "\u0301",
        "\uD83D\uDE00", "\uD800", "İ", "ß", "U.S.", "Ukraine's", "Russian", "російських", "Smith", "Jones", "in", "в", "у"};

    @ParameterizedTest
    @ValueSource(strings = {"en", "ru", "uk"})
    void randomTextNeverBreaksIt(String lang) {
        Random random = new Random(lang.hashCode());
        for (int round = 0; round < 2_000; round++) {
            StringBuilder text = new StringBuilder();
            int pieces = random.nextInt(40);
            for (int i = 0; i < pieces; i++) text.append(PIECES[random.nextInt(PIECES.length)]).append(random.nextBoolean() ? " " : "");
            String s = text.toString();
            Entities found = recognizer().recognize(s, lang, random.nextBoolean() ? "2024-11-13" : null);
            for (Mention m : found.mentions()) {
                assertTrue(m.start() >= 0 && m.start() < m.end() && m.end() <= s.length(), m + " in " + s);
                assertEquals(s.substring(m.start(), m.end()), m.text());
            }
        }
    }

    private static EntityRecognizer recognizer() {
        return Recognizers.STANDARD;
    }
}
