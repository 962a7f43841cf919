package org.wirewatch.core.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.wirewatch.core.model.Segment;

class LiveBlogSegmenterTest {
    private final LiveBlogSegmenter segmenter = new LiveBlogSegmenter();

    private static final String[] HEADLINES = {
        "Storm cuts power to thousands on the east coast",
        "Airport suspends flights as winds reach record speed",
        "Rail operator warns of delays until Sunday",
        "Schools closed in three districts: Education office",
        "Coastguard rescues crew of a stranded fishing boat",
    };

    /** An invented live blog: an intro, then posts of a headline and two paragraphs. */
    private static String liveBlog(String separator) {
        StringBuilder s = new StringBuilder("Storm live: latest updates").append(separator)
                .append("Follow our coverage of the storm as it moves north through the day.").append(separator);
        for (String headline : HEADLINES) {
            s.append(headline).append(separator)
                    .append("Officials gave the latest figures at a briefing on Tuesday morning.").append(separator)
                    .append("\"We are doing everything we can,\" a spokesperson said.").append(separator);
        }
        return s.toString();
    }

    @Test
    void liveBlogWithBlankLinesSplitsIntoPostsAfterTheIntro() {
        assertPosts(liveBlog("\n\n"));
    }

    @Test
    void liveBlogWithSingleNewlinesSplitsTheSameWay() {
        assertPosts(liveBlog("\n"));
    }

    private void assertPosts(String text) {
        List<Segment> segments = segmenter.segment(text, "Storm live: latest updates");
        assertEquals(HEADLINES.length + 1, segments.size(), "the intro, then one segment per post");
        assertEquals("Storm live: latest updates", segments.get(0).title());
        assertTrue(text.substring(segments.get(0).start(), segments.get(0).end()).endsWith("through the day."));
        for (int k = 0; k < HEADLINES.length; k++) {
            Segment post = segments.get(k + 1);
            assertEquals(HEADLINES[k], post.title());
            assertTrue(text.startsWith(HEADLINES[k], post.start()));
            assertTrue(text.substring(post.start(), post.end()).endsWith("a spokesperson said."));
            assertTrue(post.start() >= segments.get(k).end(), "posts do not overlap");
        }
    }

    @Test
    void articleWithTwoSubheadingsIsOneSegment() {
        String text = """
                Harbour reopens after dredging

                The harbour reopened to large ships on Monday after six weeks of dredging.

                What was done

                Crews removed about 200,000 cubic metres of silt from the main channel.

                What comes next

                A second phase is planned for next spring, the port authority said.
                """;
        assertEquals(List.of(new Segment(0, text.length(), "Harbour reopens after dredging")),
                segmenter.segment(text, "Harbour reopens after dredging"));
    }

    @Test
    void longReadWithSeveralSectionsIsNotALiveBlog() {
        StringBuilder s = new StringBuilder("How the valley rebuilt after the flood\n\n");
        for (int section = 0; section < 5; section++) {
            s.append("Chapter ").append(section + 1).append(" of the rebuilding story\n\n");
            for (int p = 0; p < 15; p++) s.append("Residents described month ").append(p).append(" of the work in detail.\n\n");
        }
        assertEquals(1, segmenter.segment(s.toString(), "How the valley rebuilt after the flood").size());
    }

    @Test
    void offsetsAreJavaStringIndicesEvenAfterEmoji() {
        String text = "🌊🌊 " + liveBlog("\n\n");
        for (Segment s : segmenter.segment(text, null)) {
            if (s.title() != null && !s.title().startsWith("🌊")) assertTrue(text.startsWith(s.title(), s.start()), s.toString());
        }
    }

    @Test
    void edgeCases() {
        assertEquals(List.of(), segmenter.segment("", "T"));
        assertEquals(List.of(), segmenter.segment(null, "T"));
        assertEquals(List.of(new Segment(0, 3, null)), segmenter.segment(" \n ", null));
        assertEquals(List.of(new Segment(0, 9, "One line.")), segmenter.segment("One line.", "One line."));
    }

    @Test
    void rejectsAThresholdThatWouldSplitEveryArticle() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new LiveBlogSegmenter(1));
        assertTrue(e.getMessage().contains("minPosts"), e.getMessage());
    }

    @Test
    void randomTextAlwaysGivesOrderedSpansInsideTheText() {
        Random random = new Random(7);
        String[] pieces = {"Storm hits the northern coast again", "Officials said the roads were closed.", "\n", "\n\n", "\r\n",
            " ", "Ж", "\uD83D\uDE00", "\uD800", ":", "11:11", "Short", "A much longer sentence that goes on and on about the weather today."};
        for (int n = 0; n < 2000; n++) {
            StringBuilder s = new StringBuilder();
            for (int i = random.nextInt(60); i > 0; i--) s.append(pieces[random.nextInt(pieces.length)]);
            String text = s.toString();
            List<Segment> segments = segmenter.segment(text, random.nextBoolean() ? null : pieces[0]);
            assertEquals(text.isEmpty(), segments.isEmpty(), text);
            int end = 0;
            for (Segment seg : segments) {
                assertTrue(seg.start() >= end && seg.end() <= text.length(), () -> seg + " in " + text);
                end = seg.end();
            }
        }
    }
}
