package org.wirewatch.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.wirewatch.core.linguistics.AnalysedText;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.Check;
import org.wirewatch.core.pipeline.AnalysedArticle;
import org.wirewatch.core.story.Redating;
import org.wirewatch.core.story.StoryClusterer;
import org.wirewatch.core.story.StoryStream;

/**
 * The article store: the index (embedded or Solr) and the story state kept beside it, and the order in which
 * they are written. A new article is placed in its story, then added to the index; at each commit
 * the story state is saved first, numbered, and the index commit names that number, so after a
 * crash the state read back describes exactly the committed articles ({@link StoredStories}). An
 * article already stored is left as it is. The CLI's ingest and watch and the API's posts all store
 * through here. Dates cross translation and copy links (docs/stories.md, "Dates across a story"):
 * an undated article linked to a dated one is stored with that day, marked inferred, and an
 * undated article stored earlier is stored again with the day its translation brought.
 */
public final class ArticleStore {
    /** How many undated articles are kept in memory for a translation that may date them (older ones are read back from the index). */
    private static final int UNDATED_KEPT = 1_000;

    private final ArticleIndex index;
    private final StoredStories stories;
    private final Redating redating;
    private final CommitHook hook;
    /** Ids of the articles added since the last commit, in order: what {@link #hook} is told. */
    private final List<String> sinceCommit = new ArrayList<>();
    private final Map<String, Article> undated = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Article> eldest) {
            return size() > UNDATED_KEPT;
        }
    };

    /** A store that sets an inherited date without running the stages again ({@link Redating#DATE_ONLY}). */
    public ArticleStore(ArticleIndex index, StoredStories stories) {
        this(index, stories, Redating.DATE_ONLY);
    }

    /** {@code redating}: how an article takes an inherited date (the pipeline's {@code redate}, so dates in its text resolve). */
    public ArticleStore(ArticleIndex index, StoredStories stories, Redating redating) {
        this.index = Check.notNullParam(index, "index");
        this.stories = Check.notNullParam(stories, "stories");
        this.redating = Check.notNullParam(redating, "redating");
        this.hook = CommitHook.NONE;
    }

    /** As above, telling {@code hook} about each commit's new articles (saved alerts); it recovers here from a crash. */
    public ArticleStore(ArticleIndex index, StoredStories stories, Redating redating, CommitHook hook) throws IOException {
        this.index = Check.notNullParam(index, "index");
        this.stories = Check.notNullParam(stories, "stories");
        this.redating = Check.notNullParam(redating, "redating");
        this.hook = Check.notNullParam(hook, "hook");
        hook.opened(index);
    }

    /** What one {@link #ingest} stored, by article id. */
    public record Stored(List<String> stored, List<String> unchanged) {
        public Stored {
            stored = List.copyOf(stored);
            unchanged = List.copyOf(unchanged);
        }
    }

    /** Stores analysed articles at once and commits; each article's text is cut again for its story. Thread-safe. */
    public synchronized Stored ingest(List<Article> analysed) throws IOException {
        return ingestAnalysed(analysed.stream().map(a -> new AnalysedArticle(a, null)).toList());
    }

    /** Stores analysed articles at once and commits (the API's posts); stories read the text the pipeline cut. Thread-safe. */
    public synchronized Stored ingestAnalysed(List<AnalysedArticle> analysed) throws IOException {
        List<String> stored = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        for (AnalysedArticle a : analysed) {
            (index.add(placed(a.article(), a.text())) == WirewatchIndex.Added.ADDED ? stored : unchanged).add(a.article().id());
        }
        if (!stored.isEmpty()) commit();
        return new Stored(stored, unchanged);
    }

    /**
     * A writer for a long run (ingesting a corpus, watching a folder): adds articles one by one and
     * commits every {@code batchSize} new ones with the story state ({@link #commit}). One thread
     * uses it; {@link Batch#finish} commits the rest.
     */
    public Batch batch(int batchSize) {
        return batch(batchSize, total -> { });
    }

    /** {@link #batch(int)}, telling {@code committed} the index's size after each commit returned. */
    public Batch batch(int batchSize, LongConsumer committed) {
        return new Batch(new BatchedCommits(index, batchSize, this::commit, committed));
    }

    /**
     * Commits the index together with the story state: the state is written (durably, numbered)
     * first, the index commit names its number, and only then does it become {@code stories.json}.
     * A crash at any point leaves an index whose last commit names a state that is on disk.
     */
    private synchronized long commit() throws IOException {
        List<String> ids = List.copyOf(sinceCommit);
        if (!ids.isEmpty()) hook.beforeCommit(ids);
        long state = stories.prepare();
        long total = index.commit(Map.of(StoredStories.COMMIT_KEY, Long.toString(state)));
        stories.committed(state);
        sinceCommit.clear();
        if (!ids.isEmpty()) hook.afterCommit(index, ids);
        return total;
    }

    /** One run of {@link #batch}. Not thread-safe. */
    public final class Batch {
        private final BatchedCommits commits;

        private Batch(BatchedCommits commits) {
            this.commits = commits;
        }

        public WirewatchIndex.Added add(Article analysed) {
            return add(analysed, null);
        }

        /** {@link #add(Article)}, the story reading the article's words from {@code text}, what the pipeline cut (null: cut again). */
        public WirewatchIndex.Added add(Article analysed, AnalysedText text) {
            return commits.add(placed(analysed, text));
        }

        /** Commits what is pending, with the story state, and returns the index's size. */
        public long finish() throws IOException {
            return commits.finish();
        }

        public long added() {
            return commits.added();
        }

        public long unchanged() {
            return commits.unchanged();
        }
    }

    /** A new article with its story (and a date its original gave it); one already stored is left as it is. */
    private synchronized Article placed(Article article, AnalysedText text) {
        try {
            if (index.holds(article)) return article;
            StoryStream.Placed inStory = stories.place(article, text, redating);
            for (StoryClusterer.Dating d : inStory.earlier()) redateStored(d);
            Article placed = inStory.article();
            sinceCommit.add(placed.id());
            if (placed.published() == null) undated.put(placed.id(), placed);
            return placed;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot look up article " + article.id(), e);
        }
    }

    /** Stores again, with the day its translation or copy brought, an undated article stored before. */
    private void redateStored(StoryClusterer.Dating d) throws IOException {
        Article stored = undated.remove(d.articleId());
        if (stored == null) stored = index.get(d.articleId()).orElse(null);
        if (stored == null || stored.published() != null) return;
        index.replace(redating.redate(stored, d.day()));
    }
}
