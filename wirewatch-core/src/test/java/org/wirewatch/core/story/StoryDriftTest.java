package org.wirewatch.core.story;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.wirewatch.core.lang.LanguagePacks;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.Mention;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Drift: a chain of look-alike reports, each telling much the same as the few before it but the
 * last nothing like the first, must not walk one story from the first event into the last: the
 * chain may split anywhere, but the first and the last report are never one story. And a story
 * whose recent reports drifted towards another event is not merged with it when a report bridges
 * the two (the merge's drift guard: without it the second test fails).
 */
class StoryDriftTest {
    private static final LanguagePacks PACKS = LanguagePacks.discover();
    private static final String[] SYLLABLES = {"mar", "ven", "tol", "dri", "kas", "lum", "bor", "sel"};
    /** How many inspectors each report names: report i names those numbered i / STEP to i / STEP + CAST - 1. */
    private static final int CAST = 16;
    private static final int REPORTS = 48;
    private static final int STEP = 3;

    @Test
    void aChainOfLookAlikeReportsDoesNotBecomeOneStory() {
        List<Article> reports = new ArrayList<>();
        for (int i = 0; i < REPORTS; i++) reports.add(report(i));
        List<Article> placed = new StoryBatch(PACKS, StorySettings.defaults()).assign(reports).articles();
        assertEquals(placed.get(0).story(), placed.get(1).story(), "neighbours tell one story");
        assertNotEquals(placed.get(0).story(), placed.get(REPORTS - 1).story(),
                "the last report names no one the first did: another event");
    }

    /**
     * Join and merge thresholds low enough that the reports below join and the two stories meet
     * on their recent reports: what keeps them apart is then the merge's drift guard alone (the
     * reports each story began with must meet as well).
     */
    private static final StorySettings EAGER = new StorySettings(0.5, 0.6, 0.7, 0.6, java.time.Duration.ofDays(3), 24);

    /**
     * A–B–X–D: event A's story (inspectors 0–15) takes in follow-ups B (inspectors 4–19) until its
     * recent reports are B's; event D (inspectors 24–39) is a
     * story of its own and shares no one with A. Report X names B's and D's inspectors, so it
     * matches both stories and their recent reports meet through it; merging there would make A
     * and D one story.
     */
    @Test
    void aBridgingReportDoesNotMergeAStoryThatDriftedWithAnEventItNeverShared() {
        List<Article> reports = new ArrayList<>();
        int minute = 0;
        // inspections of other depots by inspectors of their own: the inspectors of A, B and D are rare names, as in a real stream
        for (int i = 0; i < OTHER_INSPECTIONS; i++) reports.add(castReport("other-" + i, range(1000 + 16 * i, 1016 + 16 * i), i, minute++));
        for (int i = 0; i < 4; i++) reports.add(castReport("d-" + i, range(24, 40), i, minute++));
        for (int i = 0; i < 4; i++) reports.add(castReport("a-" + i, range(0, 16), i, minute++));
        for (int i = 0; i < 8; i++) {
            reports.add(castReport("b-" + i, range(4, 20), i, minute++));
        }
        List<Integer> bridge = range(4, 20);
        bridge.addAll(range(24, 40));
        reports.add(castReport("x", bridge, 0, minute));
        java.util.Map<String, String> story = new java.util.HashMap<>();
        for (Article a : new StoryBatch(PACKS, EAGER).assign(reports).articles()) story.put(a.id(), a.story());
        story.keySet().removeIf(id -> id.startsWith("other-"));
        assertEquals(story.get("a-0"), story.get("b-7"), "the follow-ups joined the first event's story: " + story);
        assertEquals(story.get("d-0"), story.get("d-3"), "the other event is a story: " + story);
        assertTrue(story.get("x").equals(story.get("a-0")) || story.get("x").equals(story.get("d-0")), "the bridging report joined one of them: " + story);
        assertNotEquals(story.get("a-0"), story.get("d-0"), "A and D share no one: not one story " + story);
    }

    private static final int OTHER_INSPECTIONS = 100;

    private static List<Integer> range(int from, int to) {
        List<Integer> out = new ArrayList<>();
        for (int k = from; k < to; k++) out.add(k);
        return out;
    }

    /** What an inspector did: reports vary it, so that they share facts, not phrasing (no near-duplicates). */
    private static final String[] CHECKS = {" checked the records. ", " signed the log. ", " counted the crates. ", " sealed the doors. "};

    /** The template naming the given inspectors (linked: each has an id), in an order and with checks set by {@code order}. */
    private static Article castReport(String id, List<Integer> cast, int order, int minute) {
        StringBuilder text = new StringBuilder("Inspectors visit the Kessel depot\n\nInspectors visited the Kessel depot again on Tuesday. ");
        List<Mention> mentions = new ArrayList<>();
        for (int j = 0; j < cast.size(); j++) {
            String name = name(cast.get((j * 5 + order) % cast.size()));
            text.append("Inspector ");
            int at = text.length();
            text.append(name);
            mentions.add(new Mention(at, at + name.length(), name, "PER", "per:" + name.toLowerCase(Locale.ROOT), name));
            text.append(CHECKS[(j * order + j / 3) % CHECKS.length]);
        }
        text.append("The depot stays open while the checks go on.");
        String published = java.time.LocalDateTime.of(2026, 3, 3, 0, 0).plusMinutes(10L * minute).toString();
        return Article.builder(id, text.toString()).lang("en").title("Inspectors visit the Kessel depot").source("fixture")
                .published(published).entities(mentions).build();
    }

    /** An inspection told from one template; its cast slides by one inspector from each report to the next. */
    private static Article report(int i) {
        StringBuilder text = new StringBuilder("Inspectors visit the Kessel depot\n\n");
        List<Mention> mentions = new ArrayList<>();
        text.append("Inspectors visited the Kessel depot again on Tuesday. ");
        for (int j = 0; j < CAST; j++) {
            // the same cast in another order each time: the same facts, not a copy of the words
            int k = i / STEP + (j * 5 + i) % CAST;
            String name = name(k);
            text.append("Inspector ");
            int at = text.length();
            text.append(name);
            mentions.add(new Mention(at, at + name.length(), name, "PER", "per:" + name.toLowerCase(Locale.ROOT), name));
            text.append(" checked the records. ");
        }
        text.append("The depot stays open while the checks go on.");
        String published = java.time.LocalDateTime.of(2026, 3, 3, 0, 0).plusMinutes(10L * i).toString();
        return Article.builder("report-" + i, text.toString()).lang("en").title("Inspectors visit the Kessel depot").source("fixture")
                .published(published).entities(mentions).build();
    }

    private static String name(int k) {
        String s = SYLLABLES[k % SYLLABLES.length] + SYLLABLES[(k / SYLLABLES.length) % SYLLABLES.length]
                + SYLLABLES[(k / 64) % SYLLABLES.length] + (k < 512 ? "" : SYLLABLES[(k / 512) % SYLLABLES.length]);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
