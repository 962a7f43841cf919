package org.wirewatch.index;

import java.io.Closeable;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.wirewatch.core.model.Article;

/**
 * Where analysed articles are kept and searched: what {@code ingest}, {@code search} and
 * {@code export} (and {@link ArticleStore}, {@link BatchedCommits}) need of a store. Two
 * implementations: the embedded Lucene index ({@link WirewatchIndex}, the default) and a SolrCloud
 * collection ({@code wirewatch-solr}). The server's views (entity, story and event pages) still read
 * the embedded index directly ({@link WirewatchIndex#forEachDigest} and the story listings).
 *
 * <p>Adding is idempotent (an article whose id or content is stored, or waiting for the next
 * commit, is left alone) and durable only once {@link #commit} returned: counts a caller reports
 * after it are what the store acknowledged.
 */
public interface ArticleIndex extends Closeable {
    /** Whether an article with this id or this content is stored or waiting for the next commit. */
    boolean holds(Article article) throws IOException;

    /** Stores the article unless one with its id or its content is already stored; durable after {@link #commit}. */
    WirewatchIndex.Added add(Article article) throws IOException;

    /** Stores the article in place of the one stored (or waiting) under its id; durable after {@link #commit}. */
    void replace(Article article) throws IOException;

    /** Makes everything added so far durable and searchable; returns how many articles the store now holds. */
    long commit() throws IOException;

    /**
     * {@link #commit()}, recording {@code userData} with the commit (kept by later commits until
     * replaced): what {@link ArticleStore} names the story state with.
     */
    long commit(Map<String, String> userData) throws IOException;

    /** Articles in the last commit this store sees. */
    long size() throws IOException;

    Optional<Article> get(String id) throws IOException;

    /** One page of matches, best first (newest first without query words), with facet counts and highlights. */
    SearchResult search(SearchRequest request) throws IOException;

    /** Every stored article matching the request's filters and words. */
    void forEach(SearchRequest filter, Consumer<Article> consumer) throws IOException;

    /** Whether this store was opened for writing (else {@link #add} and {@link #commit} refuse). */
    boolean writable();
}
