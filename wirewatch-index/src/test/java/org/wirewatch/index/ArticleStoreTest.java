package org.wirewatch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewatch.core.lang.LanguagePacks;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.story.Story;

/** The store places new articles in stories, commits the story state with the index, and leaves stored ones alone. */
class ArticleStoreTest {
    private static final LanguagePacks PACKS = LanguagePacks.discover();

    @Test
    void storing_twice_changes_nothing_and_the_stories_survive_a_reopen(@TempDir Path data) throws IOException {
        List<Article> articles = FixtureCorpus.analysed();
        try (WirewatchIndex index = WirewatchIndex.open(data, FixtureCorpus.KB)) {
            ArticleStore store = new ArticleStore(index, StoredStories.open(data, PACKS));
            ArticleStore.Stored first = store.ingest(articles);
            assertEquals(articles.size(), first.stored().size());
            assertTrue(first.unchanged().isEmpty());
            ArticleStore.Stored again = store.ingest(articles);
            assertTrue(again.stored().isEmpty());
            assertEquals(articles.size(), again.unchanged().size());
            assertNotNull(index.get(articles.get(0).id()).orElseThrow().story());
        }
        assertTrue(StoredStories.exist(data));
        assertEquals(false, StoredStories.open(data, PACKS).stories().isEmpty());
    }

    @Test
    void a_batch_commits_the_rest_when_it_finishes(@TempDir Path data) throws IOException {
        List<Article> articles = FixtureCorpus.analysed();
        try (WirewatchIndex index = WirewatchIndex.open(data, FixtureCorpus.KB)) {
            ArticleStore.Batch batch = new ArticleStore(index, StoredStories.open(data, PACKS)).batch(2);
            for (Article a : articles) batch.add(a);
            assertEquals(articles.size(), batch.finish());
            assertEquals(articles.size(), batch.added());
        }
    }

    @Test
    void the_story_state_read_back_is_the_one_the_last_index_commit_names(@TempDir Path data) throws IOException {
        List<Article> articles = FixtureCorpus.analysed();
        int half = articles.size() / 2;
        Path file = data.resolve(StoredStories.FILE);
        byte[] older;
        try (WirewatchIndex index = WirewatchIndex.open(data, FixtureCorpus.KB)) {
            ArticleStore store = new ArticleStore(index, StoredStories.open(data, PACKS));
            store.ingest(articles.subList(0, half));
            older = Files.readAllBytes(file);
            store.ingest(articles.subList(half, articles.size()));
        }
        // as if killed after the second index commit, before its state replaced stories.json,
        // and a third state was prepared for a commit that never happened
        Files.move(file, data.resolve(StoredStories.FILE + ".2"));
        Files.write(file, older);
        Files.writeString(data.resolve(StoredStories.FILE + ".3"), "{ not a state");

        StoredStories reopened = StoredStories.open(data, PACKS);
        assertEquals(articles.size(), placedArticles(reopened), "the state of the second commit, which the index names");
        try (WirewatchIndex index = WirewatchIndex.open(data, FixtureCorpus.KB)) {
            assertEquals(List.of(), new ArticleStore(index, reopened).ingest(articles).stored(), "nothing placed again");
        }
    }

    private static long placedArticles(StoredStories stories) {
        return stories.stories().stream().flatMap(s -> s.timeline().stream()).map(Story.StoryItem::article).distinct().count();
    }
}
