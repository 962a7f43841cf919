package org.wirewatch.solr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.output.ArticleJson;
import org.wirewatch.index.ArticleDigest;
import org.wirewatch.index.ArticleIndex;
import org.wirewatch.index.EntityRecount;
import org.wirewatch.index.EntitySummary;
import org.wirewatch.index.SearchRequest;
import org.wirewatch.index.SearchResult;
import org.wirewatch.index.StoreSchema;
import org.wirewatch.index.StoredStories;
import org.wirewatch.index.WirewatchIndex;

/**
 * The article store in a SolrCloud collection: the embedded index's fields, queries, facets and
 * highlights ({@link StoreSchema}) over Solr. Added articles wait in memory and are sent, with a
 * marker document naming the commit's user data (the story state), at {@link #commit}, which
 * returns only after Solr acknowledged the hard commit on every shard: what a caller reports then
 * is on the replicas. A request that fails while a node is down or a shard elects a new leader is
 * retried ({@link Retries}); re-sending is harmless, since a document is the same article under
 * the same id. One process writes a collection at a time (its story state lives in its data
 * folder). Thread-safe.
 */
public final class SolrArticleIndex implements ArticleIndex {
    /** The marker document's id; every query leaves it out. */
    static final String COMMIT_ID = "__wirewatch_commit__";
    private static final String NOT_MARKER = "-id:" + COMMIT_ID;
    /** Documents per update request. */
    private static final int SEND = 500;
    private static final int FACET_TOP = 20;
    private static final int FACET_ALL = 1000;
    private static final String VERSION = "_version_";
    /** Ids per request when asking which of them match (well under Solr's 1,024 clauses of a boolean query). */
    private static final int ID_BATCH = 200;
    /** The order documents were stored in (the id breaks ties, as a cursor needs). */
    private static final String STORED_ORDER = VERSION + " asc," + StoreSchema.ID + " asc";

    private final CloudSolrClient client;
    private final String collection;
    private final StoreSchema schema;
    private final StoreDocuments documents;
    private final ArticleJson json = new ArticleJson();
    private final Retries retries;
    private final boolean writable;
    private final Map<String, SolrInputDocument> pending = new LinkedHashMap<>();
    private final Set<String> pendingHashes = new HashSet<>();

    public SolrArticleIndex(CloudSolrClient client, String collection, StoreSchema schema, Retries retries, boolean writable) {
        this.client = client;
        this.collection = collection;
        this.schema = schema;
        this.documents = new StoreDocuments(schema);
        this.retries = retries;
        this.writable = writable;
    }

    @Override
    public synchronized boolean holds(Article article) throws IOException {
        String hash = schema.contentHash(article);
        if (pending.containsKey(article.id()) || pendingHashes.contains(hash)) return true;
        // one request for both: this process's uncommitted articles are the pending ones above
        ModifiableSolrParams p = base();
        p.set("q", "{!bool should=$byId should=$byHash}");
        p.set("byId", "{!term f=" + StoreSchema.ID + " v=$i}");
        p.set("byHash", "{!term f=" + StoreSchema.HASH + " v=$h}");
        p.set("i", article.id());
        p.set("h", hash);
        p.set("rows", 0);
        return query(p).getResults().getNumFound() > 0;
    }

    @Override
    public synchronized WirewatchIndex.Added add(Article article) throws IOException {
        requireWritable();
        if (holds(article)) return WirewatchIndex.Added.UNCHANGED;
        keep(article);
        return WirewatchIndex.Added.ADDED;
    }

    @Override
    public synchronized void replace(Article article) throws IOException {
        requireWritable();
        keep(article);
    }

    private void keep(Article article) throws IOException {
        pending.put(article.id(), documents.of(article));
        pendingHashes.add(schema.contentHash(article));
    }

    @Override
    public synchronized long commit(Map<String, String> userData) throws IOException {
        requireWritable();
        List<SolrInputDocument> docs = new ArrayList<>(pending.values());
        for (int from = 0; from < docs.size(); from += SEND) {
            List<SolrInputDocument> part = docs.subList(from, Math.min(docs.size(), from + SEND));
            retries.run("store " + part.size() + " articles", () -> client.add(collection, part));
        }
        if (!userData.isEmpty()) {
            Map<String, String> data = new LinkedHashMap<>(commitData());
            data.putAll(userData);
            SolrInputDocument marker = new SolrInputDocument();
            marker.addField(StoreSchema.ID, COMMIT_ID);
            marker.addField("commit_data", json.mapper().writeValueAsString(data));
            retries.run("record the commit", () -> client.add(collection, marker));
        }
        retries.run("commit", () -> new UpdateRequest().setAction(UpdateRequest.ACTION.COMMIT, true, true).process(client, collection));
        pending.clear();
        pendingHashes.clear();
        return size();
    }

    /** The user data the last commit recorded (the story state number under {@link StoredStories#COMMIT_KEY}). */
    public Map<String, String> commitData() throws IOException {
        SolrDocument marker = byId(COMMIT_ID);
        if (marker == null) return Map.of();
        String data = (String) marker.getFirstValue("commit_data");
        Map<String, String> out = new LinkedHashMap<>();
        json.mapper().readTree(data).fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
        return out;
    }

    /** The story state number the collection's last commit names (0: none). */
    public long committedStoryState() throws IOException {
        String n = commitData().get(StoredStories.COMMIT_KEY);
        return n == null ? 0 : Long.parseLong(n);
    }

    @Override
    public long size() throws IOException {
        ModifiableSolrParams p = base();
        p.set("q", "*:*");
        p.set("rows", 0);
        return query(p).getResults().getNumFound();
    }

    @Override
    public Optional<Article> get(String id) throws IOException {
        if (id.equals(COMMIT_ID)) return Optional.empty();
        SolrDocument d = byId(id);
        return d == null ? Optional.empty() : Optional.of(article(d));
    }

    @Override
    public SearchResult search(SearchRequest request) throws IOException {
        return search(request, null);
    }

    /** As {@link #search}, oldest first (undated last: the field sorts missing values last): a story's timeline. */
    @Override
    public SearchResult searchOldestFirst(SearchRequest request) throws IOException {
        return search(request, StoreSchema.TIME + " asc," + StoreSchema.ID + " asc");
    }

    /** {@code order}: Solr's sort, or null for the request's (relevance, newest first, tone). */
    private SearchResult search(SearchRequest request, String order) throws IOException {
        StoreSchema.Plan plan = schema.plan(request, this::seen);
        ModifiableSolrParams p = pageParams(plan, request, order != null ? order : sort(plan.sort()));
        p.set("facet", true);
        p.set("facet.mincount", 1);
        p.set("facet.limit", request.limit() == 0 ? FACET_ALL : FACET_TOP);
        for (String dim : WirewatchIndex.FACETS) p.add("facet.field", dim);
        QueryResponse r = query(p);
        List<Article> page = new ArrayList<>();
        SolrDocumentList found = r.getResults();
        float[] scores = new float[found.size()];
        for (SolrDocument d : found) {
            scores[page.size()] = score(d);
            page.add(article(d));
        }
        return new SearchResult(found.getNumFound(), schema.hits(plan, page, scores), facets(r));
    }

    /** One page in {@link #search}'s order with the exact total; no facets, highlights or match reasons. */
    @Override
    public SearchResult page(SearchRequest request) throws IOException {
        StoreSchema.Plan plan = schema.plan(request, this::seen);
        QueryResponse r = query(pageParams(plan, request, sort(plan.sort())));
        List<SearchResult.Hit> hits = new ArrayList<>();
        for (SolrDocument d : r.getResults()) hits.add(new SearchResult.Hit(article(d), score(d), List.of()));
        return new SearchResult(r.getResults().getNumFound(), hits, Map.of());
    }

    /** The request's page of records with their scores, in {@code order}. */
    private ModifiableSolrParams pageParams(StoreSchema.Plan plan, SearchRequest request, String order) {
        ModifiableSolrParams p = base();
        p.set("q", new SolrQueries(p).of(plan.query()));
        p.set("start", request.offset());
        p.set("rows", request.limit());
        p.set("fl", StoreSchema.ID + "," + StoreSchema.JSON + ",score");
        p.set("sort", order);
        return p;
    }

    private static float score(SolrDocument d) {
        return d.getFieldValue("score") instanceof Number n ? n.floatValue() : Float.NaN;
    }

    private static Map<String, List<SearchResult.FacetCount>> facets(QueryResponse r) {
        Map<String, List<SearchResult.FacetCount>> out = new LinkedHashMap<>();
        for (String dim : WirewatchIndex.FACETS) {
            List<SearchResult.FacetCount> values = new ArrayList<>();
            FacetField f = r.getFacetField(dim);
            if (f != null) for (FacetField.Count c : f.getValues()) values.add(new SearchResult.FacetCount(c.getName(), c.getCount()));
            out.put(dim, values);
        }
        return out;
    }

    /** Solr's order for the embedded index's: relevance, newest or oldest first (undated last), or tone. */
    static String sort(Sort sort) {
        if (sort == null) return "score desc," + StoreSchema.ID + " asc";
        StringBuilder sb = new StringBuilder();
        for (SortField f : sort.getSort()) {
            if (f.getType() == SortField.Type.DOC || f.getType() == SortField.Type.SCORE) continue;
            String field = f.getField();
            // articles without a tone count as 0, as Lucene's doc values sort reads a missing value
            String key = field.equals(StoreSchema.TONE) ? "def(" + field + ",0)" : field;
            if (sb.length() > 0) sb.append(',');
            sb.append(key).append(f.getReverse() ? " desc" : " asc");
        }
        if (sb.length() > 0) sb.append(',');
        return sb.append(StoreSchema.ID).append(" asc").toString();
    }

    /** Every matching article, a page at a time along Solr's cursor, in the order Solr stored them. */
    @Override
    public void forEach(SearchRequest filter, Consumer<Article> consumer) throws IOException {
        StoreSchema.Plan plan = schema.plan(filter, this::seen);
        ModifiableSolrParams p = base();
        p.set("q", new SolrQueries(p).of(plan.query()));
        walk(p, StoreSchema.ID + "," + StoreSchema.JSON, STORED_ORDER, d -> {
            consumer.accept(article(d));
            return true;
        });
    }

    /**
     * The collection keeps no digests: each is made from the article record read back, so the views
     * count exactly what the embedded index counts, at the cost of reading whole records.
     */
    @Override
    public void forEachDigest(SearchRequest filter, String onlyEntity, Consumer<ArticleDigest> consumer) throws IOException {
        forEach(filter, a -> consumer.accept(ArticleDigest.of(a, onlyEntity)));
    }

    /** Counted over the articles mentioning the entity (by id), as a recount on the embedded index is. */
    @Override
    public Optional<EntitySummary> entitySummary(String id) throws IOException {
        EntityRecount counts = new EntityRecount(id);
        ModifiableSolrParams p = base();
        p.set("q", "{!term f=" + StoreSchema.ENTITY + " v=$e}");
        p.set("e", id);
        walk(p, StoreSchema.ID + "," + StoreSchema.JSON, STORED_ORDER, d -> {
            // whole digests: the summary counts the entities met together with this one
            counts.add(ArticleDigest.of(article(d), null));
            return true;
        });
        return counts.summary();
    }

    /** Read along the newest-first order of the matching articles a page at a time, stopping as soon as enough stories were seen. */
    @Override
    public List<String> storiesNewestFirst(SearchRequest filter, int want) throws IOException {
        if (want <= 0) return List.of();
        ModifiableSolrParams p = base();
        p.set("q", new SolrQueries(p).of(schema.plan(filter, this::seen).query()));
        Set<String> stories = new LinkedHashSet<>();
        walk(p, StoreSchema.ID + "," + StoreSchema.STORY, StoreSchema.TIME + " desc," + StoreSchema.ID + " asc", d -> {
            Object story = d.getFirstValue(StoreSchema.STORY);
            if (story != null) stories.add(story.toString());
            return stories.size() < want;
        });
        return List.copyOf(stories);
    }

    /** From the story field's facet over the matching articles (doc values); no article is read. */
    @Override
    public void forEachStoryId(SearchRequest filter, Consumer<String> consumer) throws IOException {
        ModifiableSolrParams p = base();
        p.set("q", new SolrQueries(p).of(schema.plan(filter, this::seen).query()));
        p.set("rows", 0);
        p.set("facet", true);
        p.set("facet.field", StoreSchema.STORY);
        p.set("facet.limit", -1);
        p.set("facet.mincount", 1);
        FacetField f = query(p).getFacetField(StoreSchema.STORY);
        if (f != null) for (FacetField.Count c : f.getValues()) consumer.accept(c.getName());
    }

    /** From the story field's facet (doc values), in index order; no article is read. */
    @Override
    public List<String> storyIds() throws IOException {
        ModifiableSolrParams p = base();
        p.set("q", "*:*");
        p.set("rows", 0);
        p.set("facet", true);
        p.set("facet.field", StoreSchema.STORY);
        p.set("facet.limit", -1);
        p.set("facet.mincount", 1);
        p.set("facet.sort", "index");
        FacetField f = query(p).getFacetField(StoreSchema.STORY);
        List<String> ids = new ArrayList<>();
        if (f != null) for (FacetField.Count c : f.getValues()) ids.add(c.getName());
        return ids;
    }

    /**
     * The highest update version among the documents searchable now, the commit marker included:
     * every commit that stores something rewrites the marker or adds articles, so it changes then.
     */
    @Override
    public long version() throws IOException {
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("q", "*:*");
        p.set("rows", 1);
        p.set("fl", VERSION);
        p.set("sort", VERSION + " desc");
        SolrDocumentList found = query(p).getResults();
        return found.isEmpty() ? 0 : ((Number) found.get(0).getFirstValue(VERSION)).longValue();
    }

    /** Asked {@link #ID_BATCH} ids at a time, each id a term query: the filter and words are the search's own. */
    @Override
    public Set<String> matchingIds(SearchRequest filter, Collection<String> ids) throws IOException {
        Set<String> found = new HashSet<>();
        if (ids.isEmpty()) return found;
        StoreSchema.Plan plan = schema.plan(filter, this::seen);
        List<String> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += ID_BATCH) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (String id : all.subList(from, Math.min(all.size(), from + ID_BATCH))) {
                any.add(new TermQuery(new Term(StoreSchema.ID, id)), BooleanClause.Occur.SHOULD);
            }
            ModifiableSolrParams p = base();
            SolrQueries queries = new SolrQueries(p);
            p.set("q", queries.of(plan.query()));
            p.add("fq", queries.of(any.build()));
            walk(p, StoreSchema.ID, STORED_ORDER, d -> found.add(d.getFirstValue(StoreSchema.ID).toString()) || true);
        }
        return found;
    }

    /** Reads one document of a walk; false stops it. */
    @FunctionalInterface
    private interface Visit {
        boolean next(SolrDocument d);
    }

    /** Every document {@code p} matches, {@link #SEND} at a time along Solr's cursor in {@code order}, until {@code visit} says stop. */
    private void walk(ModifiableSolrParams p, String fields, String order, Visit visit) throws IOException {
        p.set("rows", SEND);
        p.set("fl", fields);
        p.set("sort", order);
        String cursor = CursorMarkParams.CURSOR_MARK_START;
        while (true) {
            p.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
            QueryResponse r = query(p);
            for (SolrDocument d : r.getResults()) if (!visit.next(d)) return;
            String next = r.getNextCursorMark();
            if (next == null || next.equals(cursor)) return;
            cursor = next;
        }
    }

    /** Whether some stored article has this cross-script name key (what name expansion asks). */
    private boolean seen(String key) throws IOException {
        ModifiableSolrParams p = base();
        p.set("q", "{!term f=" + StoreSchema.ENTITY_KEY + " v=$k}");
        p.set("k", key);
        p.set("rows", 0);
        return query(p).getResults().getNumFound() > 0;
    }

    @Override
    public boolean writable() {
        return writable;
    }

    @Override
    public void close() throws IOException {
        client.close();
    }

    private ModifiableSolrParams base() {
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.add("fq", NOT_MARKER);
        return p;
    }

    private QueryResponse query(ModifiableSolrParams p) throws IOException {
        return retries.call("search", () -> client.query(collection, p, org.apache.solr.client.solrj.SolrRequest.METHOD.POST));
    }

    /** A document by id, committed or not (Solr's real-time get). */
    private SolrDocument byId(String id) throws IOException {
        return retries.call("read article " + id, () -> client.getById(collection, id));
    }

    private Article article(SolrDocument d) {
        String line = (String) d.getFirstValue(StoreSchema.JSON);
        try {
            return json.mapper().readValue(line, Article.class);
        } catch (IOException e) {
            throw new UncheckedIOException("stored article " + d.getFirstValue(StoreSchema.ID) + " cannot be read back", e);
        }
    }

    private void requireWritable() {
        if (!writable) throw new IllegalStateException("this store was opened read-only");
    }
}
