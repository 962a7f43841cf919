package org.wirewatch.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.Check;

/**
 * The article store: the Lucene index and the story state kept beside it, and the order in which
 * they are written. A new article is placed in its story, then added to the index; the story state
 * is saved only after the index committed, so it never runs ahead of what the index holds. An
 * article already stored is left as it is. The CLI's ingest and watch and the API's posts all store
 * through here.
 */
public final class ArticleStore {
    private final WirewatchIndex index;
    private final StoredStories stories;

    public ArticleStore(WirewatchIndex index, StoredStories stories) {
        this.index = Check.notNullParam(index, "index");
        this.stories = Check.notNullParam(stories, "stories");
    }

    /** What one {@link #ingest} stored, by article id. */
    public record Stored(List<String> stored, List<String> unchanged) {
        public Stored {
            stored = List.copyOf(stored);
            unchanged = List.copyOf(unchanged);
        }
    }

    /** Stores analysed articles at once and commits (the API's posts). Thread-safe. */
    public synchronized Stored ingest(List<Article> analysed) throws IOException {
        List<String> stored = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        for (Article a : analysed) {
            (index.add(placed(a)) == WirewatchIndex.Added.ADDED ? stored : unchanged).add(a.id());
        }
        if (!stored.isEmpty()) {
            index.commit();
            stories.save();
        }
        return new Stored(stored, unchanged);
    }

    /**
     * A writer for a long run (ingesting a corpus, watching a folder): adds articles one by one and
     * commits every {@code batchSize} new ones, saving the story state after each commit. One
     * thread uses it; {@link Batch#finish} commits the rest.
     */
    public Batch batch(int batchSize) {
        return new Batch(new BatchedCommits(index, batchSize, total -> saveStories()));
    }

    /** One run of {@link #batch}. Not thread-safe. */
    public final class Batch {
        private final BatchedCommits commits;

        private Batch(BatchedCommits commits) {
            this.commits = commits;
        }

        public WirewatchIndex.Added add(Article analysed) {
            return commits.add(placed(analysed));
        }

        /** Commits what is pending, saves the story state, and returns the index's size. */
        public long finish() throws IOException {
            long total = commits.finish();
            stories.save();
            return total;
        }

        public long added() {
            return commits.added();
        }

        public long unchanged() {
            return commits.unchanged();
        }
    }

    /** A new article with its story; one already stored is left as it is (the index keeps the stored one). */
    private Article placed(Article article) {
        try {
            return index.holds(article) ? article : stories.place(article);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot look up article " + article.id(), e);
        }
    }

    private void saveStories() {
        try {
            stories.save();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the story state", e);
        }
    }
}
