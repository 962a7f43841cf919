package org.wirewatch.core.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wirewatch.core.story.Fixtures.ELECTION;
import static org.wirewatch.core.story.Fixtures.FLOOD;
import static org.wirewatch.core.story.Fixtures.FLOOD_RU;
import static org.wirewatch.core.story.Fixtures.article;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wirewatch.core.lang.LanguageIdentifier;
import org.wirewatch.core.lang.LanguagePacks;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.DateMention;
import org.wirewatch.core.pipeline.Pipeline;
import org.wirewatch.core.pipeline.PipelineSettings;

/** An undated article takes, marked inferred, the day of the dated article it translates or copies, whichever arrives first. */
class DateInheritanceTest {
    private static final LanguagePacks PACKS = LanguagePacks.discover();
    private static final Article FLOOD_EN = article("flood-en", "en", "2026-03-03T09:00", FLOOD);
    private static final Article FLOOD_RU_UNDATED = article("flood-ru", "ru", null, FLOOD_RU);

    @Test
    void an_undated_translation_placed_after_its_original_takes_its_day() {
        StoryClusterer clusterer = new StoryClusterer(PACKS);
        clusterer.add(FLOOD_EN);
        Article translation = clusterer.add(FLOOD_RU_UNDATED);
        assertEquals("flood-en", translation.translationOf());
        assertEquals(List.of(new StoryClusterer.Dating("flood-ru", "2026-03-03")), clusterer.datingOf(translation));
    }

    @Test
    void a_dated_translation_dates_the_undated_original_placed_before_it() {
        StoryClusterer clusterer = new StoryClusterer(PACKS);
        clusterer.add(FLOOD_RU_UNDATED);
        Article dated = clusterer.add(FLOOD_EN);
        assertEquals("flood-ru", dated.translationOf());
        assertEquals(List.of(new StoryClusterer.Dating("flood-ru", "2026-03-03")), clusterer.datingOf(dated));
    }

    @Test
    void an_article_that_translates_nothing_inherits_nothing() {
        StoryClusterer clusterer = new StoryClusterer(PACKS);
        clusterer.add(FLOOD_EN);
        Article other = clusterer.add(article("election", "en", null, ELECTION));
        assertEquals(List.of(), clusterer.datingOf(other));
    }

    @Test
    void the_batch_re_analyses_the_undated_translation_with_the_inherited_day() {
        Pipeline pipeline = new Pipeline(new PipelineSettings(false, LanguageIdentifier.defaultLanguages()));
        Map<String, Article> placed = new HashMap<>();
        for (Article a : new StoryBatch(PACKS, StorySettings.defaults(), pipeline::redate)
                .assign(List.of(FLOOD_RU_UNDATED, FLOOD_EN, article("election", "en", null, ELECTION))).articles()) {
            placed.put(a.id(), a);
        }
        Article russian = placed.get("flood-ru");
        assertEquals("2026-03-03", russian.published());
        assertTrue(russian.publishedInferred(), "an inherited date is an estimate");
        DateMention tuesday = russian.dates().stream().filter(d -> d.text().equals("вторник")).findFirst().orElseThrow(
                () -> new AssertionError("no date \"вторник\" in " + russian.dates()));
        assertEquals("2026-03-03", tuesday.value(), "the weekday resolves against the inherited day");
        assertEquals("2026-03-03T09:00", placed.get("flood-en").published());
        assertFalse(placed.get("flood-en").publishedInferred());
        assertNull(placed.get("election").published(), "no translation, no date");
    }
}
