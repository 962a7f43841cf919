package org.wirewatch.core.linguistics.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Sentence boundaries on invented text built to trip a naive splitter. */
class TextSplitterTest {
    private final TextSplitter splitter = new TextSplitter();
    private static final Locale DEFAULT = Locale.getDefault();

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(DEFAULT);
    }

    private List<String> split(String text, String lang) {
        List<Sentence> sentences = splitter.sentences(text, lang);
        Invariants.check(text, 0, text.length(), sentences);
        return sentences.stream().map(s -> s.textIn(text)).toList();
    }

    @Test
    void english() {
        String text = """
                Ministers meet in Vienna
                Mr. Hale met Gov. Ruiz in Tulsa on Jan. 5. The talks lasted 2.5 hours, officials said.
                "We agreed on the plan." Ruiz did not comment further.
                The U.S. Ambassador to Austria, J. R. Delane, said prices rose 1.5% in the U.S. The figures come from destatis.de and www.example.org/report.
                Wait... what happened next? Nobody knows!
                “Why now?” she asked. Mrs. O'Neill's aide, Dr. Meinl-Reisinger, smiled.
                - first item
                - second item
                1. A numbered point
                """;
        assertEquals(List.of(
                "Ministers meet in Vienna",
                "Mr. Hale met Gov. Ruiz in Tulsa on Jan. 5.",
                "The talks lasted 2.5 hours, officials said.",
                "\"We agreed on the plan.\"",
                "Ruiz did not comment further.",
                "The U.S. Ambassador to Austria, J. R. Delane, said prices rose 1.5% in the U.S.",
                "The figures come from destatis.de and www.example.org/report.",
                "Wait... what happened next?",
                "Nobody knows!",
                "“Why now?” she asked.",
                "Mrs. O'Neill's aide, Dr. Meinl-Reisinger, smiled.",
                "- first item",
                "- second item",
                "1. A numbered point"), split(text, "en"));
    }

    @Test
    void russian() {
        String text = """
                Переговоры в Вене
                В 2024 г. В. И. Петров встретился с проф. Ивановым на ул. Ленина. Бюджет вырос на 1,5 млрд. рублей, т.е. на 3%.
                «Мы готовы.» — заявил он. «Почему?» — спросил журналист.
                Подробнее читайте на Вести-ua.net. Затем выступил министр.
                Это было в 1999 г. После этого всё изменилось...
                Но не сразу.
                """;
        assertEquals(List.of(
                "Переговоры в Вене",
                "В 2024 г. В. И. Петров встретился с проф. Ивановым на ул. Ленина.",
                "Бюджет вырос на 1,5 млрд. рублей, т.е. на 3%.",
                "«Мы готовы.» — заявил он.",
                "«Почему?» — спросил журналист.",
                "Подробнее читайте на Вести-ua.net.",
                "Затем выступил министр.",
                "Это было в 1999 г.",
                "После этого всё изменилось...",
                "Но не сразу."), split(text, "ru"));
    }

    @Test
    void ukrainian() {
        String text = """
                Новини дня
                У 2023 р. з'їзд партії відбувся на вул. Хрещатик у м. Київ. Його відкрив проф. Іваненко.
                Бюджет становить 5 млн грн, тобто 1,2 тис. грн на особу. За словами речника, «усе готово».
                «Ми не відступимо!» — наголосив В. Зеленський. П’ять областей отримали допомогу.
                Детальніше на www.pravda.com.ua/news/1.
                """;
        assertEquals(List.of(
                "Новини дня",
                "У 2023 р. з'їзд партії відбувся на вул. Хрещатик у м. Київ.",
                "Його відкрив проф. Іваненко.",
                "Бюджет становить 5 млн грн, тобто 1,2 тис. грн на особу.",
                "За словами речника, «усе готово».",
                "«Ми не відступимо!» — наголосив В. Зеленський.",
                "П’ять областей отримали допомогу.",
                "Детальніше на www.pravda.com.ua/news/1."), split(text, "uk"));
    }

    @Test
    void pretokenisedTextWithStopsApartKeepsInitialsAndAbbreviations() {
        // corpora built from tokens write "М . Петренко": the stop after an initial or an abbreviation still ends nothing
        String text = "Лекцію в ун-ті ім . М . П . Петренка прочитав проф . О . Коваль . Він живе на вул . Садовій . "
                + "Зал на 300 місць . Потім була кава .";
        assertEquals(List.of(
                "Лекцію в ун-ті ім . М . П . Петренка прочитав проф . О . Коваль .",
                "Він живе на вул . Садовій .",
                "Зал на 300 місць .",
                "Потім була кава ."), split(text, "uk"));
        assertEquals(List.of("Talks with J . Smith went well .", "They ended ."), split("Talks with J . Smith went well . They ended .", "en"));
        assertEquals(List.of("Точка 1 .", "Точка 2 ."), split("Точка 1 . Точка 2 .", "uk"));
    }

    @Test
    void everyLineBreakEndsASentenceWhateverTheLineEnding() {
        assertEquals(List.of("Headline without a stop", "Body starts here and", "goes on after a hard wrap."),
                split("Headline without a stop\r\n\r\nBody starts here and\rgoes on after a hard wrap.\n", "en"));
    }

    @Test
    void aSegmentIsSplitWithOffsetsIntoTheWholeText() {
        String text = "First paragraph. Ignored.\n\nSecond one here. And Mr. Li's part.";
        int start = text.indexOf("Second");
        List<Sentence> sentences = splitter.sentences(text, start, text.length(), "en");
        Invariants.check(text, start, text.length(), sentences);
        assertEquals(List.of("Second one here.", "And Mr. Li's part."), sentences.stream().map(s -> s.textIn(text)).toList());
        assertEquals(start, sentences.get(0).start());
        assertTrue(splitter.sentences(text, 5, 5, "en").isEmpty());
    }

    @Test
    void abbreviationsFollowTheLanguage() {
        // "г." ends nothing in Russian, but means nothing in English: there it is an ordinary word
        assertEquals(1, split("Встреча в г. Киев прошла.", "ru").size());
        assertEquals(2, split("Встреча в г. Киев прошла.", "en").size());
        assertEquals(List.of("She said no.", "No. 5 won."), split("She said no. No. 5 won.", "en"));
    }

    @Test
    void unknownLanguageIsAnErrorButUndeterminedIsAChoice() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> splitter.sentences("Hi.", "pl"));
        assertTrue(e.getMessage().contains("pl") && e.getMessage().contains("und"), e.getMessage());
        assertEquals(List.of("J. Smith came.", "He left."), split("J. Smith came. He left.", "und"));
        assertTrue(splitter.supports("EN") && !splitter.supports("pl"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tr", "az", "uk", "en"})
    void abbreviationsIgnoreTheDefaultLocale(String tag) {
        Locale.setDefault(Locale.forLanguageTag(tag));
        assertEquals(1, split("INSP. IVES and SEN. ILIE met.", "en").size());
    }
}
