package org.wirewatch.core.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextCleanerEdgeCaseTest {
    private final TextCleaner cleaner = new TextCleaner();

    @Test
    void emptyAndNullGiveAnEmptyDocument() {
        for (String input : new String[] {"", null, " \n\t\n\u00A0 \r\n"}) {
            CleanedDocument doc = cleaner.clean(input);
            assertEquals("", doc.text());
            assertNull(doc.title());
            assertEquals(List.of(), doc.authors());
            assertNull(doc.published());
            assertNull(doc.source());
        }
    }

    @Test
    void oneShortLineIsTheTitle() {
        CleanedDocument doc = cleaner.clean("  Dam repairs finished ahead of schedule  ");
        assertEquals("Dam repairs finished ahead of schedule", doc.title());
        assertEquals("Dam repairs finished ahead of schedule", doc.text());
    }

    @Test
    void oneParagraphWithoutNewlineIsKeptAndIsNoTitle() {
        String paragraph = "The regional council said on Friday that repairs to the old dam, which began in the spring, "
                + "were finished two weeks ahead of schedule and under budget, and that the reservoir would be refilled by the end of the month.";
        CleanedDocument doc = cleaner.clean(paragraph);
        assertEquals(paragraph, doc.text());
        assertNull(doc.title(), "a paragraph is not a headline");
    }

    @Test
    void onlyBoilerplateGivesEmptyText() {
        CleanedDocument doc = cleaner.clean("Share\n\nFollow us on Telegram\n\nLeave a review\n\n© Reuters\n\n11:11\n\n1.2k\n\nПоділитися");
        assertEquals("", doc.text());
        assertEquals("Reuters", doc.source());
    }

    @Test
    void aListThatEndsTheArticleIsKeptButStrayShortLinesAfterItAreNot() {
        String paragraph = "The band announced on Friday that it will tour the coast this summer, playing small halls "
                + "in towns it has not visited for twenty years. These are the dates:";
        String text = paragraph + "\n\n• Harbourtown, 3 May\n\n• Eastquay, 5 May\n\n• Saltmarsh Hall, 9 May"
                + "\n\nMusic\n\nCulture";

        String cleaned = cleaner.clean(text).text();

        assertTrue(cleaned.contains("• Harbourtown, 3 May") && cleaned.contains("• Saltmarsh Hall, 9 May"), cleaned);
        assertFalse(cleaned.contains("Culture"), cleaned);
    }

    @Test
    void aTextWrittenInShortUnpunctuatedLinesIsKeptWhole() {
        // A chat written for this test: every line is short and none closes with a stop.
        String chat = String.join("\n", "good morning are you at the office today",
                "the printer on the second floor is broken again", "I called the service desk twice",
                "they say a technician comes after lunch", "can you send me the report by email",
                "I need it for the meeting with the Harbour Board", "thanks a lot see you tomorrow");

        String cleaned = cleaner.clean(chat).text();

        for (String line : chat.split("\n")) assertTrue(cleaned.contains(line), "lost: " + line + " in " + cleaned);
    }

    @Test
    void headlinesAfterAnArticleOfClosedParagraphsStillGo() {
        String article = "The regional council said on Friday that repairs to the old dam were finished two weeks ahead of schedule.\n\n"
                + "Engineers will refill the reservoir by the end of the month, the council said in a statement.\n\n"
                + "Residents downstream were told that the footpath along the river would open again in spring.";
        String sidebar = "\n\nCouncil Approves New Budget For Harbour Works\n\nRail Strike Called Off After Late Night Talks"
                + "\n\nLocal Choir Wins National Prize In Cardiff";

        String cleaned = cleaner.clean(article + sidebar).text();

        assertTrue(cleaned.contains("footpath along the river"), cleaned);
        assertFalse(cleaned.contains("Rail Strike Called Off"), cleaned);
    }

    @Test
    void aSentenceStopBeforeAnEmojiStillClosesTheLine() {
        String article = "The club thanked everyone who donated to the new roof of the boathouse.\n\n"
                + "The auction of the signed oar opens on Saturday at nine in the evening.⏰\n\n"
                + "Bids start at two hundred pounds and the highest bid wins the oar.💸\n\n"
                + "All of the money goes to the junior rowing section this year.🙏🏻";

        assertEquals(article, cleaner.clean(article).text());
    }

    @Test
    void aCommentNoticeAfterTheArticleIsNotText() {
        String paragraph = "The regional council said on Friday that repairs to the old dam were finished two weeks "
                + "ahead of schedule and under budget.";
        assertEquals(paragraph, cleaner.clean(paragraph + "\n\nComments are closed.").text());
        assertEquals(paragraph, cleaner.clean(paragraph + "\n\nKommentare sind geschlossen.").text());
    }

    @Test
    void windowsAndOldMacLineEndingsCleanLikeUnixOnes() {
        String unix = Fixtures.UKRAINIAN.text();
        CleanedDocument expected = cleaner.clean(unix);
        assertEquals(expected, cleaner.clean(unix.replace("\n", "\r\n")));
        assertEquals(expected, cleaner.clean(unix.replace("\n", "\r")));
    }

    @Test
    void cleaningCleanedTextChangesNothing() {
        Stream.concat(Stream.of("000", "001", "002", "003", "004").map(Seeds::read),
                Stream.of(Fixtures.ENGLISH, Fixtures.RUSSIAN, Fixtures.UKRAINIAN).map(Fixtures.Page::text)).forEach(raw -> {
            String once = cleaner.clean(raw).text();
            assertEquals(once, cleaner.clean(once).text());
        });
    }

    @Test
    void hugeInputIsCleanedInLinearTime() {
        StringBuilder page = new StringBuilder("Flood defences tested across the river valley\n\n");
        for (int i = 0; i < 40_000; i++) {
            page.append("Paragraph ").append(i).append(" reports that the water level at gauge ").append(i % 97)
                    .append(" stayed below the warning mark during the night, engineers said.\n\n");
            if (i % 1000 == 0) page.append("Share\n\n12:").append(10 + i % 50).append("\n\n1.1k\n\n");
        }
        String text = page.toString(); // about 4.4 million chars
        CleanedDocument doc = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> cleaner.clean(text));
        assertEquals(40_001, Seeds.paragraphs(doc.text()).size(), "every paragraph and the title, no furniture");
    }

    @Test
    void hugeSingleLineDoesNotBlowUp() {
        String line = "word ".repeat(1_000_000).strip();
        CleanedDocument doc = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> cleaner.clean(line));
        assertEquals(line, doc.text());
    }

    /** Random mixes of letters, scripts, digits, punctuation, line breaks and broken surrogates. */
    @Test
    void neverThrowsAndNeverInventsText() {
        Random random = new Random(20241113);
        String alphabet = "aZяЇʼ’«»\"'()[]:;,.!?…-—|/•·©#@ 0123456789\n\n\r\t\u00A0\u200B\uD83D\uDE00\uD800\uDFFF"
                + "Фото:Photo by Автор ReutersТАСС Читайте також Share 11:11 1.1т 13.11.2024 ";
        for (int n = 0; n < 3000; n++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(400);
            for (int i = 0; i < length; i++) s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String input = s.toString();
            CleanedDocument doc = cleaner.clean(input);
            Set<String> lines = new HashSet<>();
            for (String line : input.split("\r\n|\r|\n")) lines.add(Seeds.collapse(line.replace("\u200B", "")));
            for (String paragraph : Seeds.paragraphs(doc.text())) {
                assertTrue(lines.contains(paragraph), () -> "invented paragraph " + paragraph + " from " + input);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"tr", "az", "uk", "en"})
    void cleaningIgnoresTheDefaultLocale(String tag) {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag(tag));
            CleanedDocument doc = cleaner.clean("DIKE IS REPAIRED IN TIME\n\nThe dike was repaired in time for the storm, officials said.\n\nFOLLOW US ON SOCIAL NETWORKS\n\nLEAVE A REVIEW");
            assertEquals("DIKE IS REPAIRED IN TIME\n\nThe dike was repaired in time for the storm, officials said.", doc.text());
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void isThreadSafe() {
        List<String> inputs = IntStream.range(0, 40).mapToObj(i -> Seeds.read("00" + (i % 5))).toList();
        List<CleanedDocument> sequential = inputs.stream().map(cleaner::clean).toList();
        assertEquals(sequential, inputs.parallelStream().map(cleaner::clean).toList());
    }
}
