package org.wirewatch.core.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.wirewatch.core.model.Segment;

/** The acceptance criteria of the cleaning issue, on the five real seeds. Lines are named by number. */
class SeedCorpusTest {
    private static final Pattern TIME_OR_COUNTER = Pattern.compile("\\d{1,2}:\\d{2}|\\d+(?:[.,]\\d+)?\\s?[kmкмт]?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final TextCleaner cleaner = new TextCleaner();
    private final LiveBlogSegmenter segmenter = new LiveBlogSegmenter();

    @Test
    void seed004_metadataFromDatelineAndByline() {
        CleanedDocument doc = cleaner.clean(Seeds.read("004"));
        assertTrue(doc.title().startsWith("Блинкен пообещал"), doc.title());
        assertEquals(List.of("Оксана Лінська"), doc.authors());
        assertEquals("2024-11-13T17:21", doc.published());
        assertTrue(doc.text().startsWith(doc.title() + "\n\n"), "the title is the first paragraph");
    }

    @Test
    void seed004_sidebarTrustLineAndCountersGone() {
        String raw = Seeds.read("004");
        String text = cleaner.clean(raw).text();
        // The sidebar: a time on line 38, then headline and counter, every three lines down to line 151.
        for (int headline = 39; headline <= 150; headline += 3) {
            assertFalse(text.contains(Seeds.line(raw, headline)), "sidebar headline of line " + headline + " kept");
        }
        assertFalse(text.contains("Почему вы можете доверять"));
        assertFalse(text.contains(Seeds.line(raw, 4)), "dateline kept");
        for (String paragraph : Seeds.paragraphs(text)) {
            assertFalse(TIME_OR_COUNTER.matcher(paragraph).matches(), "time stamp or counter kept: " + paragraph);
        }
    }

    @Test
    void seed004_articleParagraphsAllKept() {
        String raw = Seeds.read("004");
        List<String> paragraphs = Seeds.paragraphs(cleaner.clean(raw).text());
        List<Integer> article = IntStream.concat(IntStream.of(1, 3), IntStream.rangeClosed(4, 12).map(k -> 2 * k)).boxed().toList();
        for (int n : article) assertTrue(paragraphs.contains(Seeds.line(raw, n)), "article line " + n + " lost");
        assertEquals(article.size(), paragraphs.size(), "only the article is left");
    }

    @Test
    void seed001_keepsArticleDropsFurnitureAndCaptions() {
        String raw = Seeds.read("001");
        CleanedDocument doc = cleaner.clean(raw);
        List<String> paragraphs = Seeds.paragraphs(doc.text());
        for (int n = 5; n <= 25; n += 2) assertTrue(paragraphs.contains(Seeds.line(raw, n)), "article line " + n + " lost");
        for (String furniture : List.of("Leave a review", "Follow us on social networks", "News Line")) {
            assertFalse(paragraphs.contains(furniture), furniture);
        }
        assertFalse(doc.text().contains(Seeds.line(raw, 1)), "Azerbaijani caption kept");
        assertEquals(11, paragraphs.size(), "only the eleven article paragraphs are left");
        assertEquals(List.of(Seeds.line(raw, 27)), doc.authors(), "the correspondent's sign-off names the author");
    }

    @Test
    void seed002_reutersBylineAndCredit() {
        String raw = Seeds.read("002");
        CleanedDocument doc = cleaner.clean(raw);
        assertEquals(List.of("Pavel Polityuk", "Olena Harmash", "Valentyn Ogirenko", "Simon Lewis"), doc.authors());
        assertEquals("Reuters", doc.source());
        assertFalse(doc.text().contains(Seeds.line(raw, 2)), "byline kept");
        assertFalse(Seeds.paragraphs(doc.text()).contains("Reuters"), "credit line kept");
        assertEquals(Seeds.line(raw, 1), doc.title());
        assertEquals(24, Seeds.paragraphs(doc.text()).size(), "title and lines 3..25, each its own paragraph");
    }

    @Test
    void seed000_switcherAndRepeatedTitleWithCreditGone() {
        String raw = Seeds.read("000");
        CleanedDocument doc = cleaner.clean(raw);
        assertFalse(Seeds.paragraphs(doc.text()).contains("ua en ru"));
        assertFalse(doc.text().contains(Seeds.line(raw, 5)), "repeated title with photo credit kept");
        assertEquals(Seeds.line(raw, 3), doc.title());
        assertTrue(doc.text().startsWith(doc.title() + "\n\n"));
        assertEquals(List.of(new Segment(0, doc.text().length(), doc.title())), segmenter.segment(doc.text(), doc.title()));
        assertEquals(1, segmenter.segment(raw, doc.title()).size(), "raw text is one segment too");
    }

    @Test
    void seed000_sourceIsNotTakenFromInsideASentence() {
        assertEquals(null, cleaner.clean(Seeds.read("000")).source(), "'according to the … website' is no credit line");
        assertEquals(null, cleaner.clean(Seeds.read("004")).source(), "'сообщает Reuters' mid-sentence is no credit line");
    }

    /** Seed 003 has 17 post headlines (lines 1, 17, 31, … 211); the last post was cut off after its headline. */
    private static final int[] SEED_003_HEADLINES = {1, 17, 31, 39, 65, 75, 85, 89, 101, 115, 127, 151, 163, 175, 193, 207, 211};

    @Test
    void seed003_liveBlogSplitsIntoPostsOnCleanedText() {
        String raw = Seeds.read("003");
        CleanedDocument doc = cleaner.clean(raw);
        assertEquals(Seeds.nonBlankLines(raw).size(), Seeds.paragraphs(doc.text()).size(), "the live blog loses nothing");
        List<Segment> segments = segmenter.segment(doc.text(), doc.title());
        assertPosts(raw, doc.text(), segments);
    }

    @Test
    void seed003_liveBlogSplitsIntoPostsOnRawText() {
        String raw = Seeds.read("003");
        assertPosts(raw, raw, segmenter.segment(raw, Seeds.line(raw, 1)));
    }

    private static void assertPosts(String raw, String text, List<Segment> segments) {
        assertEquals(SEED_003_HEADLINES.length, segments.size());
        int previousEnd = 0;
        for (int k = 0; k < segments.size(); k++) {
            Segment s = segments.get(k);
            assertEquals(Seeds.line(raw, SEED_003_HEADLINES[k]), s.title());
            assertTrue(s.start() >= previousEnd && s.end() <= text.length(), "span " + s + " overlaps or leaves the text");
            assertTrue(text.startsWith(s.title(), s.start()), "a post starts with its headline");
            assertFalse(Character.isWhitespace(text.charAt(s.end() - 1)), "a post ends at its last paragraph");
            previousEnd = s.end();
        }
        assertNotNull(segments.get(0).title());
    }
}
