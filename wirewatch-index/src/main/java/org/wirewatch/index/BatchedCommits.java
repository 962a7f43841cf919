package org.wirewatch.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.LongConsumer;
import org.wirewatch.core.model.Article;

/**
 * Adds articles to the index and commits every {@code batch} new ones, telling the listener the
 * committed total only after each commit returned, so what it reports survives a crash. Not
 * thread-safe: one ingesting thread uses it.
 */
public final class BatchedCommits {
    public static final int DEFAULT_BATCH = 500;

    /** One commit of what was added (the index's alone, or with the story state); returns the index's size. */
    @FunctionalInterface
    public interface Commit {
        long commit() throws IOException;
    }

    private final ArticleIndex index;
    private final Commit commit;
    private final int batch;
    private final LongConsumer committed;
    private long added;
    private long unchanged;
    private long sinceCommit;

    public BatchedCommits(ArticleIndex index, int batch, LongConsumer committed) {
        this(index, batch, index::commit, committed);
    }

    /** Commits with {@code commit} (how {@link ArticleStore} commits the story state with the index). */
    BatchedCommits(ArticleIndex index, int batch, Commit commit, LongConsumer committed) {
        if (batch < 1) throw new IllegalArgumentException("batch must be 1 or more, not " + batch);
        this.index = index;
        this.batch = batch;
        this.commit = commit;
        this.committed = committed;
    }

    public WirewatchIndex.Added add(Article article) {
        try {
            WirewatchIndex.Added result = index.add(article);
            if (result == WirewatchIndex.Added.ADDED) {
                added++;
                if (++sinceCommit >= batch) commit();
            } else {
                unchanged++;
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store article " + article.id(), e);
        }
    }

    /** Commits what is pending (if anything) and returns the index's size. */
    public long finish() throws IOException {
        if (sinceCommit > 0) commit();
        return index.size();
    }

    public long added() {
        return added;
    }

    public long unchanged() {
        return unchanged;
    }

    private void commit() {
        try {
            long total = commit.commit();
            sinceCommit = 0;
            committed.accept(total);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot commit the index", e);
        }
    }
}
