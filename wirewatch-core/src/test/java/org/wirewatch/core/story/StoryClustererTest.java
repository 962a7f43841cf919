package org.wirewatch.core.story;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.wirewatch.core.lang.LanguagePacks;
import org.wirewatch.core.model.Article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wirewatch.core.story.Fixtures.ELECTION;
import static org.wirewatch.core.story.Fixtures.ELECTION_LATER;
import static org.wirewatch.core.story.Fixtures.FLOOD;
import static org.wirewatch.core.story.Fixtures.FLOOD_AGAIN;
import static org.wirewatch.core.story.Fixtures.FLOOD_COPY;
import static org.wirewatch.core.story.Fixtures.FLOOD_LATER;
import static org.wirewatch.core.story.Fixtures.FLOOD_RU;
import static org.wirewatch.core.story.Fixtures.STRIKE;
import static org.wirewatch.core.story.Fixtures.article;

class StoryClustererTest {
    private static final LanguagePacks MORPHOLOGIES = LanguagePacks.discover();

    private static final Article FLOOD_EN = article("flood-en", "en", "2026-03-03T09:00", FLOOD);
    private static final Article FLOOD_EN_COPY = article("flood-en-copy", "en", "2026-03-03T11:00", FLOOD_COPY);
    private static final Article FLOOD_IN_RU = article("flood-ru", "ru", "2026-03-03T12:00", FLOOD_RU);
    private static final Article FLOOD_NEXT_DAY = article("flood-later", "en", "2026-03-04T09:00", FLOOD_LATER);
    private static final Article ELECTION_EN = article("election", "en", "2026-03-02T20:00", ELECTION);
    private static final Article ELECTION_NEXT = article("election-later", "en", "2026-03-03T18:00", ELECTION_LATER);
    private static final Article STRIKE_EN = article("strike", "en", "2026-03-03T08:00", STRIKE);

    private static final List<Article> ALL = List.of(FLOOD_EN, FLOOD_EN_COPY, FLOOD_IN_RU, FLOOD_NEXT_DAY, ELECTION_EN, ELECTION_NEXT, STRIKE_EN);

    @Test
    void reportsOfOneEventShareAStoryAndOtherEventsDoNot() {
        Map<String, Article> placed = byId(new StoryBatch(MORPHOLOGIES, StorySettings.defaults()).assign(ALL).articles());
        String flood = placed.get("flood-en").story();
        assertEquals(flood, placed.get("flood-en-copy").story());
        assertEquals(flood, placed.get("flood-ru").story());
        assertEquals(placed.get("election").story(), placed.get("election-later").story());
        assertNotEquals(flood, placed.get("election").story());
        assertNotEquals(flood, placed.get("strike").story());
        assertNotEquals(placed.get("election").story(), placed.get("strike").story());
    }

    @Test
    void theSameTemplateWithOtherNumbersIsAnotherStory() {
        StoryClusterer clusterer = new StoryClusterer(MORPHOLOGIES);
        Article first = clusterer.add(FLOOD_EN);
        Article again = clusterer.add(article("flood-again", "en", "2026-03-04T10:00", FLOOD_AGAIN));
        assertNotEquals(first.story(), again.story(), "120 flooded homes and 15 boats is not the flood of 300 homes and 40 boats");
        assertNull(again.duplicateOf(), "the same phrasing about another event is no copy");
    }

    @Test
    void aRepublishedCopyIsMarkedDuplicateOfTheOriginalAndStaysInItsStory() {
        StoryClusterer clusterer = new StoryClusterer(MORPHOLOGIES);
        Article original = clusterer.add(FLOOD_EN);
        Article copy = clusterer.add(FLOOD_EN_COPY);
        assertEquals("flood-en", copy.duplicateOf());
        assertEquals(original.story(), copy.story());
        assertNull(original.duplicateOf());
        assertNull(clusterer.add(FLOOD_NEXT_DAY).duplicateOf(), "another report of the same story is no copy");
    }

    @Test
    void aTranslationIsMarkedAndStaysInTheStoryOfItsOriginal() {
        StoryClusterer clusterer = new StoryClusterer(MORPHOLOGIES);
        Article original = clusterer.add(FLOOD_EN);
        clusterer.add(ELECTION_EN);
        Article translation = clusterer.add(FLOOD_IN_RU);
        assertEquals("flood-en", translation.translationOf());
        assertNull(translation.duplicateOf());
        assertEquals(original.story(), translation.story());
        Story story = clusterer.story(original.story()).orElseThrow();
        assertEquals(List.of("en", "ru"), story.languages());
        assertEquals(Set.of("en", "ru"), story.headlines().keySet());
        assertTrue(story.topEntities().stream().anyMatch(e -> e.id().equals("per:tarnow")));
    }

    @Test
    void theGroupingDoesNotDependOnTheOrderOfArrival() {
        List<Article> forward = List.of(FLOOD_EN, ELECTION_EN, STRIKE_EN, FLOOD_IN_RU, FLOOD_EN_COPY, ELECTION_NEXT, FLOOD_NEXT_DAY);
        List<Article> backward = new ArrayList<>(forward);
        Collections.reverse(backward);
        assertEquals(partition(stream(forward)), partition(stream(backward)));
        assertEquals(marks(new StoryBatch(MORPHOLOGIES, StorySettings.defaults()).assign(forward).articles()),
                marks(new StoryBatch(MORPHOLOGIES, StorySettings.defaults()).assign(backward).articles()),
                "a batch gives the same story ids and marks whatever the input order");
    }

    @Test
    void anArticleThatBridgesTwoStoriesMergesThemAndTheHistoryIsKept() {
        // The thresholds sit between the halves' similarity to each other and the bridge's to each half.
        StorySettings strict = new StorySettings(0.8, 0.8, 0.99, 0.99, Duration.ofDays(3), 24);
        StoryClusterer clusterer = new StoryClusterer(MORPHOLOGIES, strict);
        Article first = clusterer.add(article("half-1", "en", "2026-03-03T09:00", FLOOD));
        Article second = clusterer.add(article("half-2", "en", "2026-03-03T10:00", FLOOD_LATER));
        assertNotEquals(first.story(), second.story(), "the halves must start apart for this test to mean anything");
        String both = FLOOD + "\n\n" + FLOOD_LATER.substring(FLOOD_LATER.indexOf('\n') + 2);
        Article bridge = clusterer.add(article("bridge", "en", "2026-03-03T11:00", both));
        assertEquals(clusterer.resolve(first.story()), clusterer.resolve(second.story()));
        assertEquals(clusterer.resolve(first.story()), bridge.story());
        Story merged = clusterer.story(bridge.story()).orElseThrow();
        assertEquals(1, merged.mergedIds().size());
        assertTrue(Set.of(first.story(), second.story()).contains(merged.mergedIds().get(0)));
        assertEquals(Set.of("half-1", "half-2", "bridge"), articlesOf(merged));
        assertEquals(merged, clusterer.story(merged.mergedIds().get(0)).orElseThrow(), "the merged id still finds the story");
    }

    @Test
    void storiesCloseAfterTheWindowAndTheLatenessAndLaterArticlesStartNewOnes() {
        StoryClusterer clusterer = new StoryClusterer(MORPHOLOGIES, StorySettings.defaults().withLateness(Duration.ofDays(7)));
        Article early = clusterer.add(FLOOD_EN);
        for (int i = 0; i < 70; i++) clusterer.add(article("filler-" + i, "en", "2026-03-20T09:" + String.format("%02d", i % 60), STRIKE));
        Article late = clusterer.add(article("flood-again", "en", "2026-03-20T12:00", FLOOD_LATER));
        assertNotEquals(early.story(), late.story());
        assertTrue(clusterer.drainClosed().stream().anyMatch(s -> s.id().equals(early.story())), "the old story was closed");
    }

    @Test
    void aSnapshotResumesExactlyWhereTheClustererStopped() throws IOException {
        StoryClusterer whole = new StoryClusterer(MORPHOLOGIES);
        List<Article> straight = new ArrayList<>();
        for (Article a : ALL) straight.add(whole.add(a));

        StoryClusterer before = new StoryClusterer(MORPHOLOGIES);
        List<Article> resumed = new ArrayList<>();
        for (Article a : ALL.subList(0, 4)) resumed.add(before.add(a));
        ByteArrayOutputStream saved = new ByteArrayOutputStream();
        before.write(saved);
        StoryClusterer after = StoryClusterer.read(new ByteArrayInputStream(saved.toByteArray()), MORPHOLOGIES);
        for (Article a : ALL.subList(4, ALL.size())) resumed.add(after.add(a));

        assertEquals(placements(straight, whole), placements(resumed, after));
        assertEquals(whole.stories(), after.stories());
    }

    @Test
    void aLiveBlogFeedsEveryStoryItsPostsBelongTo() {
        StoryClusterer clusterer = new StoryClusterer(MORPHOLOGIES);
        Article flood = clusterer.add(FLOOD_EN);
        Article election = clusterer.add(ELECTION_EN);
        Article blog = clusterer.add(Fixtures.liveBlog("blog", "en", "2026-03-03T13:00", FLOOD_LATER, ELECTION_LATER));
        assertEquals(flood.story(), blog.segments().get(0).story());
        assertEquals(election.story(), blog.segments().get(1).story());
        assertTrue(articlesOf(clusterer.story(flood.story()).orElseThrow()).contains("blog"));
        assertTrue(clusterer.story(election.story()).orElseThrow().timeline().stream().anyMatch(i -> i.unit().equals("blog#2")));
    }

    private static List<Article> stream(List<Article> articles) {
        StoryClusterer clusterer = new StoryClusterer(MORPHOLOGIES);
        List<Article> out = new ArrayList<>();
        for (Article a : articles) out.add(clusterer.add(a));
        return out.stream().map(a -> a.withStory(clusterer.resolve(a.story()), a.duplicateOf(), a.translationOf())).toList();
    }

    /** The grouping as sets of article ids, whatever the story ids are called. */
    private static Set<Set<String>> partition(List<Article> articles) {
        Map<String, Set<String>> groups = new HashMap<>();
        for (Article a : articles) groups.computeIfAbsent(a.story(), k -> new HashSet<>()).add(a.id());
        return new HashSet<>(groups.values());
    }

    private static Set<String> marks(List<Article> articles) {
        Set<String> out = new HashSet<>();
        for (Article a : articles) out.add(a.id() + " " + a.story() + " " + a.duplicateOf() + " " + a.translationOf());
        return out;
    }

    private static List<String> placements(List<Article> articles, StoryClusterer clusterer) {
        return articles.stream().map(a -> a.id() + " " + clusterer.resolve(a.story()) + " " + a.duplicateOf() + " " + a.translationOf()).toList();
    }

    private static Set<String> articlesOf(Story story) {
        Set<String> ids = new HashSet<>();
        story.timeline().forEach(i -> ids.add(i.article()));
        return ids;
    }

    private static Map<String, Article> byId(List<Article> articles) {
        Map<String, Article> out = new HashMap<>();
        for (Article a : articles) out.put(a.id(), a);
        return out;
    }
}
