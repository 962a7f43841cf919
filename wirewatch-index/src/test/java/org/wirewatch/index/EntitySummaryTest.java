package org.wirewatch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.Event;
import org.wirewatch.core.model.Mention;
import org.wirewatch.core.model.Quote;
import org.wirewatch.core.model.RoleMention;

/**
 * The entity summaries the index keeps at each commit equal a count made afresh over the stored
 * articles: after an ingest over several commits, after ingesting the same articles again, after a
 * restart (writable and read-only), and after articles are replaced. Articles written here, with
 * seeded random mentions, offices, quotes and events of a few entities.
 */
class EntitySummaryTest {
    private static final List<String> IDS = List.of("ww:alpha", "ww:beta", "x:gamma", "x:delta");
    private static final String[] LANGS = {"en", "ru", "uk", null};

    @TempDir
    Path data;

    @Test
    void kept_summaries_equal_a_recount_after_ingest_reingest_restart_and_replace() throws IOException {
        List<Article> articles = articles(120, new Random(5));
        try (WirewatchIndex index = WirewatchIndex.open(data, FixtureCorpus.KB)) {
            for (int i = 0; i < articles.size(); i++) {
                index.add(articles.get(i));
                if (i % 37 == 36) index.commit();
            }
            index.commit();
            assertAllEqualRecount(index);
            EntitySummary alpha = index.entitySummary("ww:alpha").orElseThrow();
            assertEquals(articles.stream().filter(a -> mentions(a, "ww:alpha") > 0).count(), alpha.articles());
            assertEquals(articles.stream().mapToLong(a -> mentions(a, "ww:alpha")).sum(), alpha.mentions());

            for (Article a : articles) assertEquals(WirewatchIndex.Added.UNCHANGED, index.add(a));
            index.commit();
            assertEquals(alpha, index.entitySummary("ww:alpha").orElseThrow(), "ingesting the same articles again changes nothing");
        }
        try (WirewatchIndex index = WirewatchIndex.open(data, FixtureCorpus.KB)) {
            assertAllEqualRecount(index);
        }
        try (WirewatchIndex readOnly = WirewatchIndex.openReadOnly(data, FixtureCorpus.KB)) {
            assertAllEqualRecount(readOnly);
        }
    }

    @Test
    void replacing_articles_moves_their_counts() throws IOException {
        List<Article> articles = articles(60, new Random(9));
        try (WirewatchIndex index = WirewatchIndex.open(data, FixtureCorpus.KB)) {
            for (Article a : articles) index.add(a);
            index.commit();
            long deltaBefore = index.entitySummary("x:delta").map(EntitySummary::articles).orElse(0L);
            // committed articles lose their delta mentions and take another day; one added in this batch is replaced twice
            List<Article> replaced = new ArrayList<>();
            for (Article a : articles.subList(0, 20)) replaced.add(without(a, "x:delta").toBuilder().published("2026-03-03T10:00:00Z").build());
            for (Article a : replaced) index.replace(a);
            Article fresh = articles(1, new Random(1)).get(0).toBuilder().id("fresh").text("fresh text").build();
            index.add(fresh);
            index.replace(fresh.toBuilder().published("2026-04-01T00:00:00Z").build());
            index.replace(without(fresh, "ww:alpha").toBuilder().published("2026-04-02T00:00:00Z").build());
            index.commit();
            assertAllEqualRecount(index);
            long lost = articles.subList(0, 20).stream().filter(a -> mentions(a, "x:delta") > 0).count();
            assertTrue(lost > 0, "the fixture gives delta mentions in the replaced articles");
            assertEquals(deltaBefore - lost + (mentions(fresh, "x:delta") > 0 ? 1 : 0),
                    index.entitySummary("x:delta").map(EntitySummary::articles).orElse(0L));
            assertFalse(index.entitySummary("ww:alpha").orElseThrow().days().containsKey("2026-04-01"), "a replaced version is not counted");
        }
    }

    @Test
    void summaries_are_not_articles() throws IOException {
        try (WirewatchIndex index = WirewatchIndex.open(data, FixtureCorpus.KB)) {
            for (Article a : articles(30, new Random(3))) index.add(a);
            assertEquals(30, index.commit());
            assertEquals(30, index.search(SearchRequest.all()).total());
            List<String> seen = new ArrayList<>();
            index.forEach(SearchRequest.all(), a -> seen.add(a.id()));
            assertEquals(30, seen.size());
            assertEquals(30, index.storiesNewestFirst(100).size(), "every article its own story, and no summary taken for one");
        }
    }

    @Test
    void an_index_stored_before_summaries_counts_them_on_its_first_writable_open_and_says_so() throws IOException {
        try (WirewatchIndex index = WirewatchIndex.open(data, FixtureCorpus.KB)) {
            for (Article a : articles(120, new Random(8))) index.add(a);
            index.commit();
        }
        // as an index stored before summaries were kept: no summary documents, no marker in the commit
        try (var dir = org.apache.lucene.store.FSDirectory.open(data.resolve("index"));
             var writer = new org.apache.lucene.index.IndexWriter(dir, new org.apache.lucene.index.IndexWriterConfig())) {
            writer.deleteDocuments(new org.apache.lucene.index.Term("kind", "entity_summary"));
            writer.setLiveCommitData(java.util.Map.<String, String>of().entrySet());
            writer.commit();
        }
        var said = new java.io.ByteArrayOutputStream();
        try (var dir = org.apache.lucene.store.FSDirectory.open(data.resolve("index"));
             WirewatchIndex index = WirewatchIndex.open(dir, data.resolve("index"), FixtureCorpus.KB,
                     org.wirewatch.core.lang.LanguagePacks.discover(), new java.io.PrintStream(said, true, java.nio.charset.StandardCharsets.UTF_8))) {
            assertAllEqualRecount(index);
            assertTrue(index.entitySummary("ww:alpha").isPresent());
        }
        String progress = said.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(progress.contains("counting the summary of every entity over the 120 stored articles"), progress);
        assertTrue(progress.contains("over 120 articles counted and committed"), progress);

        var again = new java.io.ByteArrayOutputStream();
        try (var dir = org.apache.lucene.store.FSDirectory.open(data.resolve("index"));
             WirewatchIndex index = WirewatchIndex.open(dir, data.resolve("index"), FixtureCorpus.KB,
                     org.wirewatch.core.lang.LanguagePacks.discover(), new java.io.PrintStream(again, true, java.nio.charset.StandardCharsets.UTF_8))) {
            assertAllEqualRecount(index);
        }
        assertEquals("", again.toString(java.nio.charset.StandardCharsets.UTF_8), "counted once, kept since");
    }

    private static void assertAllEqualRecount(WirewatchIndex index) throws IOException {
        for (String id : IDS) assertEquals(index.recountEntitySummary(id), index.entitySummary(id), id);
    }

    private static long mentions(Article a, String id) {
        return a.entities().stream().filter(m -> id.equals(m.id())).count();
    }

    private static Article without(Article a, String id) {
        return a.toBuilder().entities(a.entities().stream().filter(m -> !id.equals(m.id())).toList()).build();
    }

    private static List<Article> articles(int n, Random random) {
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Mention> mentions = new ArrayList<>();
            int count = 1 + random.nextInt(5);
            for (int m = 0; m < count; m++) {
                String id = IDS.get(random.nextInt(IDS.size()));
                String sentiment = random.nextBoolean() ? null : List.of("positive", "neutral", "negative").get(random.nextInt(3));
                Double score = sentiment == null ? null : Math.round((random.nextDouble() * 2 - 1) * 1000) / 1000.0;
                mentions.add(new Mention(0, 4, id.substring(id.indexOf(':') + 1) + (random.nextBoolean() ? "a" : ""), "PERSON", id,
                        "Name " + id, sentiment, score));
            }
            String day = String.format("2026-%02d-%02d", 1 + random.nextInt(2), 1 + random.nextInt(28));
            String published = random.nextInt(10) == 0 ? null : day + "T08:00:00Z";
            List<RoleMention> roles = random.nextBoolean() ? List.of()
                    : List.of(new RoleMention("ww:alpha", "Alpha", "minister", "x:gamma", "Gamma", 0, 4, published == null ? null : day));
            String speaker = IDS.get(random.nextInt(IDS.size()));
            List<Quote> quotes = List.of(new Quote(0, 4, "said", true, "said", new Quote.Speaker(speaker, "S", 0, 1)));
            List<Event> events = List.of(new Event("MEET", "040", 0, 4, IDS.get(random.nextInt(IDS.size())), "x:delta", null, List.of(),
                    null, null, List.of(), List.of()));
            out.add(Article.builder("a" + i + "-" + random.nextInt(1000), "text " + i + " " + random.nextLong()).lang(LANGS[random.nextInt(LANGS.length)])
                    .source(random.nextBoolean() ? "wire" : null).published(published).entities(mentions).roles(roles).quotes(quotes)
                    .events(events).build());
        }
        return out;
    }
}
