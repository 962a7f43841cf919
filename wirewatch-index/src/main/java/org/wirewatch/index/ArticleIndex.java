package org.wirewatch.index;

import java.io.Closeable;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.wirewatch.core.model.Article;

/**
 * Where analysed articles are kept and searched: what {@code ingest}, {@code search},
 * {@code export}, {@code watch} and {@code serve} (and {@link ArticleStore}, {@link BatchedCommits},
 * saved alerts, the server's views) need of a store. Two implementations: the embedded Lucene index
 * ({@link WirewatchIndex}, the default) and a SolrCloud collection ({@code wirewatch-solr}).
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
    default long commit() throws IOException {
        return commit(Map.of());
    }

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

    /**
     * One page of matches in {@link #search}'s order and their exact total, without facets,
     * highlights or match reasons: for a view that shows only its page.
     */
    SearchResult page(SearchRequest request) throws IOException;

    /** As {@link #search}, ordered oldest first (undated last): a story's timeline. */
    SearchResult searchOldestFirst(SearchRequest request) throws IOException;

    /** The digest of every stored article matching the request's filters and words. */
    default void forEachDigest(SearchRequest filter, Consumer<ArticleDigest> consumer) throws IOException {
        forEachDigest(filter, null, consumer);
    }

    /**
     * As above, each digest keeping only the mentions of {@code onlyEntity} and the offices and events
     * it takes part in (null: everything): what an entity page needs.
     */
    void forEachDigest(SearchRequest filter, String onlyEntity, Consumer<ArticleDigest> consumer) throws IOException;

    /** Articles matching {@code filter} per published day and language (the home page's trend), counted over their digests. */
    default DayCounts articlesPerDay(SearchRequest filter) throws IOException {
        DayCounts.Counter counter = new DayCounts.Counter();
        forEachDigest(filter, counter::add);
        return counter.counts();
    }

    /** Quotes in the articles matching {@code filter} whose speaker id {@code speakers} holds ("" for a quote without one; null: every quote). */
    default long quoteCount(SearchRequest filter, Set<String> speakers) throws IOException {
        long[] total = {0};
        forEachDigest(filter, d -> {
            for (String s : d.speakers()) if (speakers == null || speakers.contains(s)) total[0]++;
        });
        return total[0];
    }

    /** The first {@code want} stories in order of their newest article (the story of the newest article first), each once. */
    default List<String> storiesNewestFirst(int want) throws IOException {
        return storiesNewestFirst(SearchRequest.all(), want);
    }

    /** Every story id the stored articles carry, each once. */
    List<String> storyIds() throws IOException;

    /**
     * The first {@code want} stories with an article matching {@code filter}, in order of their newest
     * matching article, each once: read along the newest-first order only until enough are seen.
     */
    List<String> storiesNewestFirst(SearchRequest filter, int want) throws IOException;

    /** The story id of every article matching {@code filter}, each story once, in no set order (from the story values, not the articles). */
    void forEachStoryId(SearchRequest filter, Consumer<String> consumer) throws IOException;

    /** Which commit this store shows: it changes whenever a commit lands, so a figure counted over the stored articles can be kept until then. */
    long version() throws IOException;

    /** The summary of the entity with this id over every committed article mentioning it; empty when none does. */
    Optional<EntitySummary> entitySummary(String id) throws IOException;

    /**
     * Which of {@code ids} (articles stored and committed) match the request's words and filters:
     * how saved alerts test a commit's new articles with the same query rules as search.
     */
    Set<String> matchingIds(SearchRequest filter, Collection<String> ids) throws IOException;
}
