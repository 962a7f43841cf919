package org.wirewatch.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.solr.embedded.JettySolrRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.wirewatch.core.kb.KnowledgeBase;
import org.wirewatch.core.kb.KnowledgeBases;
import org.wirewatch.core.lang.LanguagePacks;
import org.wirewatch.core.model.Article;
import org.wirewatch.index.ArticleIndex;
import org.wirewatch.index.ArticleStore;
import org.wirewatch.index.SearchRequest;
import org.wirewatch.index.SearchResult;
import org.wirewatch.index.StoreSchema;
import org.wirewatch.index.StoredStories;
import org.wirewatch.index.WirewatchIndex;

/**
 * The bundled example corpus stored on a real 2-node SolrCloud (2 shards, 2 replicas each) and in
 * the embedded index: the same articles, the same stories, and the same hits and facets for the
 * same queries, across scripts; and a node stopped mid-ingest loses nothing reported as stored
 * (last, since it leaves the cluster changed).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SolrStoreTest {
    static final KnowledgeBase KB = KnowledgeBases.builtIn();
    static final LanguagePacks PACKS = LanguagePacks.discover();

    @TempDir
    static Path dir;
    static LocalCluster cluster;
    static List<Article> corpus;
    static SolrArticleIndex solr;
    static WirewatchIndex embedded;
    static long storedOnSolr;

    @BeforeAll
    static void start() throws Exception {
        cluster = LocalCluster.start(2, dir.resolve("cluster"));
        cluster.create("news", 2, 2);
        corpus = ExampleCorpus.analysed();
        solr = new SolrArticleIndex(cluster.address.client(), "news", StoreSchema.of(KB, PACKS), Retries.standard(), true);
        embedded = WirewatchIndex.open(dir.resolve("embedded"), KB);
        storedOnSolr = store(solr, dir.resolve("solr-data"), new StoredStories[1]);
        store(embedded, dir.resolve("embedded"), new StoredStories[1]);
    }

    static long store(ArticleIndex index, Path data, StoredStories[] stories) throws IOException {
        stories[0] = index instanceof SolrArticleIndex s
                ? StoredStories.open(data, PACKS, s.committedStoryState()) : StoredStories.open(data, PACKS);
        ArticleStore.Batch batch = new ArticleStore(index, stories[0]).batch(4);
        for (Article a : corpus) batch.add(a);
        return batch.finish();
    }

    @AfterAll
    static void stop() throws Exception {
        if (solr != null) solr.close();
        if (embedded != null) embedded.close();
        if (cluster != null) cluster.close();
    }

    @Test
    void every_article_is_stored_once_with_its_story_and_read_back_unchanged() throws IOException {
        assertTrue(corpus.size() >= 9, "the example corpus holds " + corpus.size());
        assertEquals(embedded.size(), storedOnSolr);
        assertEquals(embedded.size(), solr.size());
        for (Article a : corpus) {
            Article fromEmbedded = embedded.get(a.id()).orElseThrow();
            assertEquals(fromEmbedded, solr.get(a.id()).orElseThrow(), a.id());
        }
    }

    @Test
    void storing_the_corpus_again_changes_nothing() throws IOException {
        Path data = dir.resolve("solr-data");
        StoredStories stories = StoredStories.open(data, PACKS, solr.committedStoryState());
        ArticleStore.Batch again = new ArticleStore(solr, stories).batch(4);
        for (Article a : corpus) again.add(a);
        assertEquals(storedOnSolr, again.finish());
        assertEquals(0, again.added());
        assertEquals(corpus.size(), again.unchanged());
        assertFalse(stories.stories().isEmpty());
    }

    @Test
    void a_name_in_either_script_finds_the_same_articles_on_both_stores() throws IOException {
        Set<String> latin = ids(solr, SearchRequest.of("Sybiha"));
        assertFalse(latin.isEmpty());
        assertEquals(latin, ids(solr, SearchRequest.of("Сибіга")));
        assertEquals(latin, ids(solr, SearchRequest.of("Сибига")));
        assertTrue(languages(latin).containsAll(Set.of("en", "ru", "uk")), "languages " + languages(latin));
    }

    @Test
    void queries_and_filters_find_the_same_hits_and_facets_as_the_embedded_store() throws IOException {
        List<SearchRequest> requests = new ArrayList<>(List.of(
                SearchRequest.of("Sybiha"), SearchRequest.of("Сибиги"), SearchRequest.of("drones Odesa"),
                SearchRequest.of("\"Black Sea\""), SearchRequest.of("Vienna OR Відень"), SearchRequest.of("talks -Vienna"),
                SearchRequest.of("drone*"), SearchRequest.of("Odesa").withExpand(false), SearchRequest.all(),
                SearchRequest.all().withLang("uk"), SearchRequest.all().withEntity("Sybiha"),
                SearchRequest.of("tone<0"), SearchRequest.of("sort:tonedesc")));
        for (SearchRequest r : requests) {
            SearchRequest page = r.page(0, 100);
            SearchResult a = embedded.search(page);
            SearchResult b = solr.search(page);
            assertEquals(a.total(), b.total(), r.query() + " " + r.lang() + " " + r.entity());
            assertEquals(hitIds(a), hitIds(b), r.query());
            assertEquals(a.facets().get("lang"), b.facets().get("lang"), r.query());
            assertEquals(Set.copyOf(a.facets().getOrDefault("entity", List.of())), Set.copyOf(b.facets().getOrDefault("entity", List.of())), r.query());
        }
    }

    @Test
    void hits_carry_the_same_highlights_and_reasons_and_dated_ones_come_newest_first() throws IOException {
        SearchResult a = embedded.search(SearchRequest.of("Сибиги").page(0, 100));
        SearchResult b = solr.search(SearchRequest.of("Сибиги").page(0, 100));
        for (SearchResult.Hit hit : b.hits()) {
            SearchResult.Hit same = a.hits().stream().filter(h -> h.article().id().equals(hit.article().id())).findFirst().orElseThrow();
            assertEquals(same.snippets(), hit.snippets(), hit.article().id());
            assertEquals(same.matched(), hit.matched(), hit.article().id());
        }
        List<String> newest = solr.search(SearchRequest.all().page(0, 100)).hits().stream()
                .map(h -> h.article().published()).filter(p -> p != null).toList();
        List<String> sorted = new ArrayList<>(newest);
        sorted.sort(java.util.Comparator.reverseOrder());
        assertEquals(sorted, newest);
    }

    @Test
    void export_reads_every_article_matching_a_filter() throws IOException {
        List<String> all = new ArrayList<>();
        solr.forEach(SearchRequest.all(), a -> all.add(a.id()));
        assertEquals(storedOnSolr, all.size());
        assertEquals(new TreeSet<>(corpus.stream().map(Article::id).toList()), new TreeSet<>(all));
        List<String> uk = new ArrayList<>();
        solr.forEach(SearchRequest.all().withLang("uk"), a -> uk.add(a.lang()));
        assertFalse(uk.isEmpty());
        assertEquals(Set.of("uk"), Set.copyOf(uk));
    }

    @Test
    void the_views_read_the_same_stories_digests_entity_summaries_and_alert_matches_on_both_stores() throws IOException {
        assertEquals(embedded.storyIds(), solr.storyIds());
        List<String> newest = embedded.storiesNewestFirst(100);
        assertEquals(Set.copyOf(newest), Set.copyOf(solr.storiesNewestFirst(100)));
        assertEquals(newest.get(0), solr.storiesNewestFirst(1).get(0), "the story of the newest article first");

        java.util.Map<String, org.wirewatch.index.ArticleDigest> digests = new java.util.TreeMap<>();
        embedded.forEachDigest(SearchRequest.all(), d -> digests.put(d.id(), d));
        java.util.Map<String, org.wirewatch.index.ArticleDigest> fromSolr = new java.util.TreeMap<>();
        solr.forEachDigest(SearchRequest.all(), d -> fromSolr.put(d.id(), d));
        assertEquals(digests, fromSolr);

        Set<String> entities = new TreeSet<>();
        digests.values().forEach(d -> d.mentions().forEach(m -> {
            if (m.id() != null) entities.add(m.id());
        }));
        assertTrue(entities.size() > 10, "entities " + entities);
        for (String id : entities) assertEquals(embedded.entitySummary(id), solr.entitySummary(id), id);
        assertTrue(solr.entitySummary("ww:no-such-entity").isEmpty());

        List<String> all = corpus.stream().map(Article::id).toList();
        for (SearchRequest alert : List.of(SearchRequest.of("Sybiha"), SearchRequest.all().withLang("uk"), SearchRequest.all().withEntity("Sybiha"))) {
            Set<String> matched = embedded.matchingIds(alert, all);
            assertFalse(matched.isEmpty(), alert.query());
            assertEquals(matched, solr.matchingIds(alert, all), alert.query());
            String first = all.get(0);
            assertEquals(matched.contains(first) ? Set.of(first) : Set.of(), solr.matchingIds(alert, List.of(first)), "only the ids asked about");
        }

        String story = newest.get(0);
        List<String> timeline = solr.searchOldestFirst(SearchRequest.all().withStory(story).page(0, 100)).hits().stream()
                .map(h -> h.article().published()).toList();
        assertEquals(embedded.searchOldestFirst(SearchRequest.all().withStory(story).page(0, 100)).total(), timeline.size());
        List<String> dated = timeline.stream().filter(p -> p != null).toList();
        assertEquals(dated.stream().sorted().toList(), dated, "oldest first");
        assertEquals(dated, timeline.subList(0, dated.size()), "undated last");
        SearchResult page = solr.page(SearchRequest.of("Sybiha").page(0, 100));
        assertEquals(ids(embedded, SearchRequest.of("Sybiha")), hitIds(page));
        assertTrue(page.facets().isEmpty());
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void a_node_stopped_mid_ingest_loses_nothing_reported_as_stored_and_the_ingest_goes_on() throws Exception {
        cluster.create("durable", 2, 2);
        List<Article> wire = ExampleCorpus.generated(60);
        List<Long> reported = new ArrayList<>();
        long[] reportedBeforeStop = {-1};
        long[] foundAfterStop = {-1};
        JettySolrRunner[] stopped = new JettySolrRunner[1];
        try (SolrArticleIndex durable = new SolrArticleIndex(cluster.address.client(), "durable", StoreSchema.of(KB, PACKS),
                Retries.standard(), true)) {
            StoredStories stories = StoredStories.open(dir.resolve("durable-data"), PACKS, durable.committedStoryState());
            ArticleStore.Batch batch = new ArticleStore(durable, stories).batch(10, total -> {
                reported.add(total);
                if (reported.size() == 2) {
                    try {
                        stopped[0] = cluster.cluster.stopJettySolrRunner(1);
                        cluster.cluster.waitForJettyToStop(stopped[0]);
                        reportedBeforeStop[0] = total;
                        foundAfterStop[0] = durable.size();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            });
            for (Article a : wire) batch.add(a);
            assertEquals(wire.size(), batch.finish());
            assertEquals(20, reportedBeforeStop[0]);
            assertTrue(foundAfterStop[0] >= reportedBeforeStop[0], "found " + foundAfterStop[0] + " of " + reportedBeforeStop[0] + " with a node down");
            Set<String> stored = new TreeSet<>();
            durable.forEach(SearchRequest.all(), a -> stored.add(a.id()));
            assertEquals(new TreeSet<>(wire.stream().map(Article::id).toList()), stored);

            cluster.cluster.startJettySolrRunner(stopped[0]);
            cluster.cluster.waitForActiveCollection("durable", 2, 4);
            assertEquals(wire.size(), durable.size());
            assertEquals(wire.size(), durable.search(SearchRequest.of("harbour").page(0, 0)).total());
        }
    }

    static Set<String> ids(ArticleIndex index, SearchRequest r) throws IOException {
        return hitIds(index.search(r.page(0, 100)));
    }

    static Set<String> hitIds(SearchResult r) {
        return r.hits().stream().map(h -> h.article().id()).collect(Collectors.toCollection(TreeSet::new));
    }

    static Set<String> languages(Set<String> ids) {
        return corpus.stream().filter(a -> ids.contains(a.id())).map(Article::lang).collect(Collectors.toSet());
    }
}
