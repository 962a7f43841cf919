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

/**
 * Drift: a chain of look-alike reports, each telling much the same as the few before it but the
 * last nothing like the first, must not walk one story from the first event into the last: the
 * chain may split anywhere, but the first and the last report are never one story.
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
                + SYLLABLES[(k / 64) % SYLLABLES.length];
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
