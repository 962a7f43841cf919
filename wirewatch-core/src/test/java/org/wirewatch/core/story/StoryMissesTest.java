package org.wirewatch.core.story;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirewatch.core.lang.LanguagePacks;
import org.wirewatch.core.model.Article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wirewatch.core.story.Fixtures.ELECTION;
import static org.wirewatch.core.story.Fixtures.FLOOD;
import static org.wirewatch.core.story.Fixtures.FLOOD_RU;
import static org.wirewatch.core.story.Fixtures.article;

/** What `eval stories --explain-misses` prints about a gold pair the clustering split. */
class StoryMissesTest {
    private static final StoryMisses MISSES = new StoryMisses(LanguagePacks.discover(), StorySettings.defaults());

    private static final Article FLOOD_EN = article("flood-en", "en", "2026-03-03T09:00", FLOOD);
    private static final Article FLOOD_IN_RU = article("flood-ru", "ru", "2026-03-03T12:00", FLOOD_RU);
    private static final Article ELECTION_EN = article("election", "en", "2026-03-02T20:00", ELECTION);
    private static final List<String> GOLD = List.of("flood", "flood", "election");

    @Test
    void aSplitTranslationPairIsExplainedWithWhatBothSidesShare() {
        List<Article> placed = List.of(FLOOD_EN.withStory("s1", null, null), FLOOD_IN_RU.withStory("s2", null, null),
                ELECTION_EN.withStory("s3", null, null));
        StoryMisses.Report report = MISSES.explain(placed, GOLD);
        assertEquals(1, report.goldPairs());
        assertEquals(1, report.split());
        assertEquals(1, report.splitByLangs().get("en-ru"));
        StoryMisses.Miss miss = report.misses().get(0);
        assertEquals(StoryMisses.Kind.ABOVE_JOIN, miss.kind(), "the pair scores " + miss.score() + ": only the clustering kept it apart");
        String text = report.toText(5);
        assertTrue(text.contains("per:tarnow"), text);
        assertTrue(text.contains("300|"), text);
        assertTrue(text.contains("#300"), text);
    }

    @Test
    void aPairPlacedTogetherIsNoMiss() {
        List<Article> placed = List.of(FLOOD_EN.withStory("s1", null, null), FLOOD_IN_RU.withStory("s1", null, null),
                ELECTION_EN.withStory("s3", null, null));
        StoryMisses.Report report = MISSES.explain(placed, GOLD);
        assertEquals(0, report.split());
        assertTrue(report.misses().isEmpty());
    }
}
