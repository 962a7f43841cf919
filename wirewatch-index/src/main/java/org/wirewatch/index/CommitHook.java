package org.wirewatch.index;

import java.io.IOException;
import java.util.List;

/**
 * Told by {@link ArticleStore} about each commit's new articles, on both sides of the index commit,
 * so a consumer (saved alerts) can keep its own durable record in step with the index without
 * being part of it: {@link #beforeCommit} may write down the ids it is about to see committed,
 * {@link #afterCommit} acts on them once they are. A crash between the two is the hook's to
 * recover from when the store opens again ({@link #opened}).
 */
public interface CommitHook {
    /** No hook. */
    CommitHook NONE = new CommitHook() { };

    /** A writable store opened over {@code index}: finish what a crash interrupted. */
    default void opened(ArticleIndex index) throws IOException { }

    /** {@code ids} are about to be committed (they may not be, if the process dies first). */
    default void beforeCommit(List<String> ids) throws IOException { }

    /** {@code ids} are committed and searchable in {@code index}. Must not throw: the articles are stored whatever it does. */
    default void afterCommit(ArticleIndex index, List<String> ids) { }
}
