package org.wirewatch.index;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopDocsCollector;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.wirewatch.core.kb.KnowledgeBase;
import org.wirewatch.core.lang.LanguagePacks;
import org.wirewatch.core.linguistics.names.NameKeys;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.output.ArticleJson;
import org.wirewatch.index.analysis.TextAnalyses;

/**
 * The article store: analysed article records in a Lucene index under {@code DATA/index}, searchable
 * across languages, with facets and highlighting. Adding is idempotent (an article whose id or
 * content is already stored is left alone) and durable only once {@link #commit()} returns: a crash
 * loses at most what was added since, never what a commit reported, and leaves an index that opens.
 *
 * <p>Opened for writing, one process holds the index (Lucene's write lock); {@link #openReadOnly}
 * readers may search beside it and see each commit. Thread-safe.
 */
public final class WirewatchIndex implements ArticleIndex {
    /**
     * About how many matches a search with query words counts its facets over: past one and a half
     * times this many it counts a sample ({@link FacetSample.Gatherer}), scaled up, and says so
     * ({@link SearchResult#facetsEstimated}).
     */
    static final int FACET_SAMPLE = 2_000;

    /** The one-off count of entity summaries reports after each this many articles. */
    private static final int SUMMARY_PROGRESS = 10_000;

    /** How many articles {@link #storiesNewestFirst} reads at a time. */
    private static final int STORY_BATCH = 1_000;

    public static final List<String> FACETS = List.of(IndexFields.LANG, IndexFields.SOURCE, IndexFields.ENTITY,
            IndexFields.STORY, IndexFields.EVENT_TYPE, IndexFields.CATEGORY);

    /** Whether {@link #add} stored the article or found it already there. */
    public enum Added { ADDED, UNCHANGED }

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final ArticleDocuments documents;
    private final ArticleJson json;
    private final QueryBuilder queries;
    private final Highlights highlights;
    private final MentionSnippets mentionSnippets;
    private final FacetsConfig facetsConfig = ArticleDocuments.facetsConfig();
    private final Set<String> pendingIds = new HashSet<>();
    private final Set<String> pendingHashes = new HashSet<>();
    private final SummaryDocs summaryDocs = new SummaryDocs();
    /** The digests of the articles added or replaced since the last commit (+1) and of those replaced (-1), in order. */
    private final List<Change> pendingChanges = new ArrayList<>();
    /** The digest of each article added or replaced since the last commit, by id: what a second replace takes away. */
    private final Map<String, ArticleDigest> pendingDigests = new HashMap<>();
    private volatile FacetState facetState;

    private record Change(ArticleDigest digest, int sign) {}

    private record FacetState(IndexReader reader, DefaultSortedSetDocValuesReaderState state) {}

    private WirewatchIndex(Directory directory, IndexWriter writer, KnowledgeBase kb, LanguagePacks packs, TextAnalyses analyses)
            throws IOException {
        this.directory = directory;
        this.writer = writer;
        this.json = new ArticleJson();
        NameKeys keys = packs.nameKeys();
        this.documents = new ArticleDocuments(analyses, json, keys, facetsConfig);
        List<org.wirewatch.core.linguistics.morph.Morphology> morphologies = new ArrayList<>();
        for (var language : packs.languages()) packs.morphology(language).ifPresent(morphologies::add);
        this.queries = new QueryBuilder(analyses, new EntityFilter(kb, keys), new NameExpansion(kb, keys, morphologies));
        this.highlights = new Highlights(analyses);
        this.mentionSnippets = new MentionSnippets(keys);
        SearcherFactory warm = new SearcherFactory() {
            // the facet ordinals of a new commit are built as it opens, by the committer, not by the first search after it
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
                IndexSearcher searcher = super.newSearcher(reader, previous);
                try {
                    facetState(reader);
                } catch (IllegalArgumentException noFacetsYet) {
                    // a store without a faceted article: the first search says so, as before
                }
                return searcher;
            }
        };
        this.searchers = writer != null ? new SearcherManager(writer, warm) : new SearcherManager(directory, warm);
    }

    /** Opens (creating if needed) the index under {@code dataDir} for writing and searching. */
    public static WirewatchIndex open(Path dataDir, KnowledgeBase kb) throws IOException {
        return open(dataDir, kb, LanguagePacks.discover());
    }

    /** As {@link #open(Path, KnowledgeBase)}, with the language packs (and their dictionaries, loaded once) the caller already holds. */
    public static WirewatchIndex open(Path dataDir, KnowledgeBase kb, LanguagePacks packs) throws IOException {
        Path at = dataDir.resolve("index");
        Files.createDirectories(at);
        return open(FSDirectory.open(at), at, kb, packs);
    }

    /** Over a given directory (tests wrap the file system's to inject faults such as a full disk). */
    static WirewatchIndex open(Directory dir, Path at, KnowledgeBase kb) throws IOException {
        return open(dir, at, kb, LanguagePacks.discover());
    }

    private static WirewatchIndex open(Directory dir, Path at, KnowledgeBase kb, LanguagePacks packs) throws IOException {
        return open(dir, at, kb, packs, System.err);
    }

    /** {@code progress}: where the one-off count of an index stored before summaries were kept reports how far it got. */
    static WirewatchIndex open(Directory dir, Path at, KnowledgeBase kb, LanguagePacks packs, PrintStream progress) throws IOException {
        TextAnalyses analyses = TextAnalyses.of(packs);
        IndexWriterConfig config = new IndexWriterConfig(analyses.perFieldAnalyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(64);
        try {
            IndexWriter writer = new IndexWriter(dir, config);
            if (!DirectoryReader.indexExists(dir)) {
                writer.setLiveCommitData(SummaryDocs.marker().entrySet());
                writer.commit();
            }
            WirewatchIndex index = new WirewatchIndex(dir, writer, kb, packs, analyses);
            index.keepSummaries(progress);
            return index;
        } catch (org.apache.lucene.store.LockObtainFailedException e) {
            dir.close();
            throw new IndexLockedException("the index in " + at + " is open for writing in another process (wirewatch ingest, watch or serve)", e);
        }
    }

    /** Opens an existing index for searching only, beside a process that may be writing it. */
    public static WirewatchIndex openReadOnly(Path dataDir, KnowledgeBase kb) throws IOException {
        return openReadOnly(dataDir, kb, LanguagePacks.discover());
    }

    /** As {@link #openReadOnly(Path, KnowledgeBase)}, with the language packs the caller already holds. */
    public static WirewatchIndex openReadOnly(Path dataDir, KnowledgeBase kb, LanguagePacks packs) throws IOException {
        Path at = dataDir.resolve("index");
        if (!Files.isDirectory(at)) throw new IOException("no index in " + dataDir + " (run `wirewatch ingest PATH --data " + dataDir + "` first)");
        Directory dir = FSDirectory.open(at);
        if (!DirectoryReader.indexExists(dir)) {
            dir.close();
            throw new IOException("no index in " + dataDir + " (run `wirewatch ingest PATH --data " + dataDir + "` first)");
        }
        return new WirewatchIndex(dir, null, kb, packs, TextAnalyses.of(packs));
    }

    /** Whether an article with this id or this content is stored or waiting for the next commit. */
    @Override
    public synchronized boolean holds(Article article) throws IOException {
        String hash = ContentHash.of(article);
        return pendingIds.contains(article.id()) || pendingHashes.contains(hash)
                || exists(new Term(IndexFields.ID, article.id())) || exists(new Term(IndexFields.HASH, hash));
    }

    /** Stores the article unless one with its id or its content is already stored; durable after {@link #commit()}. */
    @Override
    public synchronized Added add(Article article) throws IOException {
        requireWritable();
        String hash = ContentHash.of(article);
        if (pendingIds.contains(article.id()) || pendingHashes.contains(hash)
                || exists(new Term(IndexFields.ID, article.id())) || exists(new Term(IndexFields.HASH, hash))) {
            return Added.UNCHANGED;
        }
        writer.addDocument(documents.document(article, hash));
        pendingIds.add(article.id());
        pendingHashes.add(hash);
        pending(ArticleDigest.of(article));
        return Added.ADDED;
    }

    /**
     * Stores the article in place of the one stored (or waiting) under its id: how an article
     * stored undated takes the date its translation brought later. Durable after {@link #commit()}.
     */
    @Override
    public synchronized void replace(Article article) throws IOException {
        requireWritable();
        String hash = ContentHash.of(article);
        ArticleDigest before = pendingDigests.containsKey(article.id()) ? pendingDigests.get(article.id()) : committedDigest(article.id());
        writer.updateDocument(new Term(IndexFields.ID, article.id()), documents.document(article, hash));
        pendingIds.add(article.id());
        pendingHashes.add(hash);
        if (before != null) pendingChanges.add(new Change(before, -1));
        pending(ArticleDigest.of(article));
    }

    private void pending(ArticleDigest digest) {
        pendingChanges.add(new Change(digest, 1));
        pendingDigests.put(digest.id(), digest);
    }

    /** The digest of the article committed under this id; null when none is. */
    private ArticleDigest committedDigest(String id) throws IOException {
        IndexSearcher s = acquire();
        try {
            TopDocs top = s.search(new TermQuery(new Term(IndexFields.ID, id)), 1);
            if (top.scoreDocs.length == 0) return null;
            return digest(s.getIndexReader(), top.scoreDocs[0].doc);
        } finally {
            searchers.release(s);
        }
    }

    private ArticleDigest digest(IndexReader reader, int doc) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        LeafReaderContext leaf = leaves.get(org.apache.lucene.index.ReaderUtil.subIndex(doc, leaves));
        org.apache.lucene.index.BinaryDocValues digests = leaf.reader().getBinaryDocValues(IndexFields.DIGEST);
        int local = doc - leaf.docBase;
        return digests != null && digests.advanceExact(local) ? ArticleDigest.decode(digests.binaryValue())
                : ArticleDigest.of(article(leaf.reader().storedFields(), local));
    }

    /**
     * {@link #commit()}, recording {@code userData} in the commit (Lucene's commit user data, kept
     * by later commits until replaced): what {@link ArticleStore} names the story state with.
     */
    @Override
    public synchronized long commit(Map<String, String> userData) throws IOException {
        requireWritable();
        if (!userData.isEmpty()) {
            Map<String, String> data = new HashMap<>();
            Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
            if (live != null) live.forEach(e -> data.put(e.getKey(), e.getValue()));
            data.putAll(userData);
            writer.setLiveCommitData(data.entrySet());
        }
        writeSummaries();
        writer.commit();
        pendingIds.clear();
        pendingHashes.clear();
        pendingChanges.clear();
        pendingDigests.clear();
        searchers.maybeRefreshBlocking();
        return size();
    }

    /**
     * Brings the summary of every entity the pending articles mention up to date, from its committed
     * summary, in the same commit as the articles. Repeating it after a failed commit is harmless:
     * each summary is put in place of the committed one, not added to it.
     */
    private void writeSummaries() throws IOException {
        if (pendingChanges.isEmpty()) return;
        IndexSearcher s = acquire();
        try {
            EntitySummaries summaries = new EntitySummaries(id -> {
                try {
                    return summaryDocs.read(s, id).orElse(null);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, null);
            for (Change c : pendingChanges) summaries.add(c.digest(), c.sign());
            summaryDocs.write(writer, summaries.summaries());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            searchers.release(s);
        }
    }

    /**
     * An index written before summaries were kept gets them now: every entity counted afresh over
     * the committed articles (one pass over their digests), committed with the marker.
     */
    private synchronized void keepSummaries(PrintStream progress) throws IOException {
        Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
        if (live != null) for (Map.Entry<String, String> e : live) if (e.getKey().equals(SummaryDocs.COMMIT_KEY)) return;
        long total = size();
        if (total > 0) {
            progress.printf(Locale.ROOT, "counting the summary of every entity over the %,d stored articles (once: the index was stored before summaries were kept)%n", total);
        }
        long started = System.nanoTime();
        long[] read = {0};
        EntitySummaries all = new EntitySummaries(id -> null, null);
        forEachMatching(SummaryDocs.articlesOnly(), digests(null, d -> {
            all.add(d, 1);
            if (++read[0] % SUMMARY_PROGRESS == 0) {
                progress.printf(Locale.ROOT, "  entity summaries: %,d of %,d articles counted (%.0f s)%n", read[0], total, (System.nanoTime() - started) / 1e9);
            }
        }));
        SummaryDocs.deleteAll(writer);
        summaryDocs.write(writer, all.summaries());
        commit(SummaryDocs.marker());
        if (total > 0) {
            progress.printf(Locale.ROOT, "  entity summaries: %,d entities over %,d articles counted and committed in %.0f s%n",
                    all.summaries().size(), read[0], (System.nanoTime() - started) / 1e9);
        }
    }

    /**
     * The summary of the entity with this id over every committed article mentioning it (by id), as
     * of the commit this index sees; empty when none does. Kept by the index and read in one look-up;
     * over an index written before summaries were kept (opened read-only), counted afresh.
     */
    public Optional<EntitySummary> entitySummary(String id) throws IOException {
        IndexSearcher s = acquire();
        try {
            if (writer != null || SummaryDocs.kept(s.getIndexReader())) return summaryDocs.read(s, id);
            return recount(s, id);
        } finally {
            searchers.release(s);
        }
    }

    /** {@link #entitySummary}, counted afresh over the articles' digests: what the kept summary must equal. */
    public Optional<EntitySummary> recountEntitySummary(String id) throws IOException {
        IndexSearcher s = acquire();
        try {
            return recount(s, id);
        } finally {
            searchers.release(s);
        }
    }

    private Optional<EntitySummary> recount(IndexSearcher s, String id) throws IOException {
        EntitySummaries one = new EntitySummaries(k -> null, id);
        forEachMatching(s, new TermQuery(new Term(IndexFields.ENTITY, id)), digests(null, d -> one.add(d, 1)));
        return one.summaries().stream().filter(e -> e.articles() > 0).findFirst();
    }

    /** Articles in the last commit this index sees (read-only indexes catch up with the writer's commits here). */
    @Override
    public long size() throws IOException {
        IndexSearcher s = acquire();
        try {
            return s.getIndexReader().numDocs() - SummaryDocs.count(s);
        } finally {
            searchers.release(s);
        }
    }

    @Override
    public Optional<Article> get(String id) throws IOException {
        IndexSearcher s = acquire();
        try {
            TopDocs top = s.search(new TermQuery(new Term(IndexFields.ID, id)), 1);
            if (top.scoreDocs.length == 0) return Optional.empty();
            return Optional.of(article(s.storedFields(), top.scoreDocs[0].doc));
        } finally {
            searchers.release(s);
        }
    }

    /** One page of matches, best first (newest first without query words), with facet counts and highlights. */
    @Override
    public SearchResult search(SearchRequest request) throws IOException {
        return search(request, null);
    }

    /**
     * One page of matches in {@link #search}'s order and their exact total, without facets, highlights
     * or match reasons: for a view that shows only its page (counting facets walks every match).
     */
    public SearchResult page(SearchRequest request) throws IOException {
        return page(request, null);
    }

    private SearchResult page(SearchRequest request, Sort order) throws IOException {
        IndexSearcher s = acquire();
        try {
            QueryBuilder.Built built = queries.build(request, s.getIndexReader());
            Query query = built.all();
            int window = Math.max(1, request.offset() + request.limit());
            Sort sort = pageOrder(request, order);
            // scores only where they order the page: sorted by date, scoring every match is wasted
            TopDocs top = s.search(query, window, sort, sort.needsScores());
            List<SearchResult.Hit> hits = new ArrayList<>();
            StoredFields stored = s.storedFields();
            int from = Math.min(request.offset(), top.scoreDocs.length);
            if (request.limit() > 0) {
                for (ScoreDoc d : java.util.Arrays.copyOfRange(top.scoreDocs, from, Math.min(window, top.scoreDocs.length))) {
                    hits.add(new SearchResult.Hit(article(stored, d.doc), d.score, List.of()));
                }
            }
            return new SearchResult(s.count(query), hits, Map.of());
        } finally {
            searchers.release(s);
        }
    }

    /** As {@link #page}, ordered oldest first (undated last): a story's timeline (no facets: it shows only its page). */
    public SearchResult searchOldestFirst(SearchRequest request) throws IOException {
        SortField day = new SortField(IndexFields.TIME, SortField.Type.LONG, false);
        day.setMissingValue(Long.MAX_VALUE);
        return page(request, new Sort(day, SortField.FIELD_DOC));
    }

    private SearchResult search(SearchRequest request, Sort order) throws IOException {
        IndexSearcher s = acquire();
        try {
            QueryBuilder.Built built = queries.build(request, s.getIndexReader());
            Query query = built.all();
            int window = Math.max(1, request.offset() + request.limit());
            Sort sort = pageOrder(request, order);
            // the page, the exact total and the hits to count facets over, in one pass over the matches
            OnePassCollector pass = new OnePassCollector(pageCollector(sort, window), request.hasText() ? FACET_SAMPLE : 0);
            s.search(query, pass);
            TopDocs top = pass.topDocs();
            long total = pass.total();
            ScoreDoc[] page = java.util.Arrays.copyOfRange(top.scoreDocs, Math.min(request.offset(), top.scoreDocs.length),
                    Math.min(window, top.scoreDocs.length));
            if (request.limit() == 0) page = new ScoreDoc[0];
            if (request.hasText() && !sort.needsScores()) org.apache.lucene.search.TopFieldCollector.populateScores(page, s, query);
            StoredFields stored = s.storedFields();
            List<Article> articles = new ArrayList<>();
            for (ScoreDoc d : page) articles.add(article(stored, d.doc));
            List<List<SearchResult.Snippet>> snippets = request.hasText()
                    ? highlights.of(s, built.text(), new TopDocs(top.totalHits, page), articles.stream().map(Article::text).toList())
                    : articles.stream().map(a -> List.<SearchResult.Snippet>of()).toList();
            List<List<SearchResult.Match>> reasons = MatchReasons.of(s, built, page);
            List<SearchResult.Hit> hits = new ArrayList<>();
            for (int i = 0; i < page.length; i++) {
                List<SearchResult.Snippet> shown = snippets.get(i).isEmpty()
                        ? mentionSnippets.of(articles.get(i), built.expansions()) : snippets.get(i);
                hits.add(new SearchResult.Hit(articles.get(i), page[i].score, shown, reasons.get(i)));
            }
            FacetSample counted = pass.facetHits();
            boolean sampled = pass.sampled();
            double scale = sampled && counted.size() > 0 ? (double) total / counted.size() : 1;
            return new SearchResult(total, hits, facets(s, counted, scale, request.limit() == 0 ? 1000 : 20), sampled);
        } finally {
            searchers.release(s);
        }
    }

    /** The best {@code window} hits in this order, every match collected (none skipped): what {@link OnePassCollector} needs. */
    private static TopDocsCollector<?> pageCollector(Sort sort, int window) {
        if (sort.equals(Sort.RELEVANCE)) return new org.apache.lucene.search.TopScoreDocCollectorManager(window, null, Integer.MAX_VALUE).newCollector();
        return new org.apache.lucene.search.TopFieldCollectorManager(sort, window, null, Integer.MAX_VALUE).newCollector();
    }

    /**
     * Reads the newest matching articles' story ids a batch at a time and stops as soon as it has
     * enough, so the cost follows the page asked for, not the size of the index.
     */
    @Override
    public List<String> storiesNewestFirst(SearchRequest filter, int want) throws IOException {
        IndexSearcher s = acquire();
        try {
            Query query = queries.build(filter, s.getIndexReader()).all();
            Set<String> stories = new java.util.LinkedHashSet<>();
            StoredFields stored = s.storedFields();
            ScoreDoc after = null;
            while (stories.size() < want) {
                TopDocs top = after == null
                        ? s.search(query, STORY_BATCH, newestFirst())
                        : s.searchAfter(after, query, STORY_BATCH, newestFirst());
                for (ScoreDoc d : top.scoreDocs) {
                    stories.add(stored.document(d.doc, Set.of(IndexFields.STORY)).get(IndexFields.STORY));
                    if (stories.size() >= want) break;
                }
                if (top.scoreDocs.length < STORY_BATCH) break;
                after = top.scoreDocs[top.scoreDocs.length - 1];
            }
            return List.copyOf(stories);
        } finally {
            searchers.release(s);
        }
    }

    /** From the story values' ordinals of the matching articles (doc values: no article or digest is read). */
    @Override
    public void forEachStoryId(SearchRequest filter, Consumer<String> consumer) throws IOException {
        IndexSearcher s = acquire();
        try {
            DefaultSortedSetDocValuesReaderState state = facetState(s.getIndexReader());
            var range = state == null ? null : state.getOrdRange(IndexFields.STORY);
            if (range == null) return;
            var values = state.getDocValues();
            var map = values instanceof org.apache.lucene.index.MultiDocValues.MultiSortedSetDocValues multi ? multi.mapping : null;
            org.apache.lucene.util.FixedBitSet seen = new org.apache.lucene.util.FixedBitSet(range.end - range.start + 1);
            forEachMatching(s, queries.build(filter, s.getIndexReader()).all(), leaf -> {
                var ords = org.apache.lucene.index.DocValues.getSortedSet(leaf.reader(), state.getField());
                var global = map == null ? org.apache.lucene.util.LongValues.IDENTITY : map.getGlobalOrds(leaf.ord);
                return doc -> {
                    if (!ords.advanceExact(doc)) return;
                    for (int i = 0, n = ords.docValueCount(); i < n; i++) {
                        long ord = global.get(ords.nextOrd());
                        if (ord >= range.start && ord <= range.end) seen.set((int) (ord - range.start));
                    }
                };
            });
            for (int i = 0; i < seen.length(); i++) {
                i = seen.nextSetBit(i);
                if (i == org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS) break;
                String[] path = FacetsConfig.stringToPath(values.lookupOrd(range.start + i).utf8ToString());
                consumer.accept(path[path.length - 1]);
            }
        } finally {
            searchers.release(s);
        }
    }

    /** Which commit this index shows: it changes whenever a commit lands, so a figure counted over the stored articles can be kept until then. */
    public long version() throws IOException {
        IndexSearcher s = acquire();
        try {
            return ((DirectoryReader) s.getIndexReader()).getVersion();
        } finally {
            searchers.release(s);
        }
    }

    /** Every story id the stored articles carry, each once (from the facet ordinals: no article is read). */
    public List<String> storyIds() throws IOException {
        IndexSearcher s = acquire();
        try {
            DefaultSortedSetDocValuesReaderState state = facetState(s.getIndexReader());
            List<String> ids = new ArrayList<>();
            if (state == null || state.getOrdRange(IndexFields.STORY) == null) return ids;
            var range = state.getOrdRange(IndexFields.STORY);
            var values = state.getDocValues();
            for (long ord = range.start; ord <= range.end; ord++) {
                String[] path = FacetsConfig.stringToPath(values.lookupOrd(ord).utf8ToString());
                ids.add(path[path.length - 1]);
            }
            return ids;
        } finally {
            searchers.release(s);
        }
    }

    /** Every stored article matching the request's filters and words, in the order they were stored. */
    @Override
    public void forEach(SearchRequest filter, Consumer<Article> consumer) throws IOException {
        forEachMatching(filter, leaf -> {
            StoredFields stored = leaf.reader().storedFields();
            return doc -> consumer.accept(article(stored, doc));
        });
    }

    /**
     * The digest of every stored article matching the request's filters and words, in index order:
     * one pass over doc values, however many articles match (articles stored before digests were
     * kept are read from their records instead).
     */
    public void forEachDigest(SearchRequest filter, Consumer<ArticleDigest> consumer) throws IOException {
        forEachDigest(filter, null, consumer);
    }

    /**
     * As above, each digest keeping only the mentions of {@code onlyEntity} and the offices and events
     * it takes part in (null: everything): what an entity page needs, read faster.
     */
    public void forEachDigest(SearchRequest filter, String onlyEntity, Consumer<ArticleDigest> consumer) throws IOException {
        forEachMatching(filter, digests(onlyEntity, consumer));
    }

    private SegmentReader digests(String onlyEntity, Consumer<ArticleDigest> consumer) {
        return leaf -> {
            org.apache.lucene.index.BinaryDocValues digests = leaf.reader().getBinaryDocValues(IndexFields.DIGEST);
            StoredFields stored = leaf.reader().storedFields();
            return doc -> consumer.accept(digests != null && digests.advanceExact(doc)
                    ? ArticleDigest.decode(digests.binaryValue(), onlyEntity)
                    : ArticleDigest.decode(ArticleDigest.of(article(stored, doc)).encode(), onlyEntity));
        };
    }

    /**
     * As {@link ArticleIndex#articlesPerDay}, from doc values: each article's day from its published
     * minute and its language from the language postings; only an article whose value may be a month or
     * a year (midnight on the first of a month) or that has no language term has its digest read.
     */
    @Override
    public DayCounts articlesPerDay(SearchRequest filter) throws IOException {
        DayCounts.Counter counter = new DayCounts.Counter();
        forEachMatching(filter, leaf -> {
            var minutes = org.apache.lucene.index.DocValues.getNumeric(leaf.reader(), IndexFields.TIME);
            String[] langs = languages(leaf);
            DocReader digest = digests(null, counter::add).open(leaf);
            return doc -> {
                if (!minutes.advanceExact(doc)) {
                    counter.undated(); // no published minute: its value has no day either
                    return;
                }
                long minute = minutes.longValue();
                java.time.LocalDate day = java.time.LocalDate.ofEpochDay(Math.floorDiv(minute, 24 * 60));
                if (langs[doc] == null || (Math.floorMod(minute, 24 * 60) == 0 && day.getDayOfMonth() == 1)) digest.read(doc);
                else counter.add(day, langs[doc]);
            };
        });
        return counter.counts();
    }

    /** Each document's language in one segment, from the language field's postings (a few terms); null where it has none. */
    private static String[] languages(LeafReaderContext leaf) throws IOException {
        String[] langs = new String[leaf.reader().maxDoc()];
        org.apache.lucene.index.Terms terms = leaf.reader().terms(IndexFields.LANG);
        if (terms == null) return langs;
        org.apache.lucene.index.TermsEnum values = terms.iterator();
        org.apache.lucene.index.PostingsEnum docs = null;
        for (org.apache.lucene.util.BytesRef value = values.next(); value != null; value = values.next()) {
            String lang = value.utf8ToString();
            docs = values.postings(docs, org.apache.lucene.index.PostingsEnum.NONE);
            for (int d = docs.nextDoc(); d != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; d = docs.nextDoc()) langs[d] = lang;
        }
        return langs;
    }

    /** As {@link ArticleIndex#quoteCount}, reading only the quote lines of each matching article's digest. */
    @Override
    public long quoteCount(SearchRequest filter, Set<String> speakers) throws IOException {
        long[] total = {0};
        forEachMatching(filter, leaf -> {
            org.apache.lucene.index.BinaryDocValues digests = leaf.reader().getBinaryDocValues(IndexFields.DIGEST);
            StoredFields stored = leaf.reader().storedFields();
            return doc -> {
                List<String> said = digests != null && digests.advanceExact(doc) ? ArticleDigest.speakers(digests.binaryValue())
                        : ArticleDigest.of(article(stored, doc)).speakers();
                for (String s : said) if (speakers == null || speakers.contains(s)) total[0]++;
            };
        });
        return total[0];
    }

    /**
     * Which of {@code ids} (articles stored and committed) match the request's words and filters:
     * how saved alerts test a commit's new articles with the same query rules as search.
     */
    public Set<String> matchingIds(SearchRequest filter, java.util.Collection<String> ids) throws IOException {
        Set<String> found = new HashSet<>();
        if (ids.isEmpty()) return found;
        List<org.apache.lucene.util.BytesRef> terms = ids.stream().map(org.apache.lucene.util.BytesRef::new).toList();
        Query only = new org.apache.lucene.search.TermInSetQuery(IndexFields.ID, terms);
        forEachMatching(filter, only, leaf -> {
            StoredFields stored = leaf.reader().storedFields();
            return doc -> found.add(stored.document(doc, Set.of(IndexFields.ID)).get(IndexFields.ID));
        });
        return found;
    }

    /** Reads one matching document of a segment. */
    @FunctionalInterface
    private interface DocReader {
        void read(int doc) throws IOException;
    }

    /** Sets up the reading of one segment's matching documents. */
    @FunctionalInterface
    private interface SegmentReader {
        DocReader open(LeafReaderContext leaf) throws IOException;
    }

    /** Every live document matching the request, unscored, segment by segment in index order. */
    private void forEachMatching(SearchRequest filter, SegmentReader segments) throws IOException {
        forEachMatching(filter, null, segments);
    }

    /** As above, within the documents {@code within} matches (null: all). */
    private void forEachMatching(SearchRequest filter, Query within, SegmentReader segments) throws IOException {
        IndexSearcher s = acquire();
        try {
            Query query = queries.build(filter, s.getIndexReader()).all();
            if (within != null) {
                query = new org.apache.lucene.search.BooleanQuery.Builder()
                        .add(query, org.apache.lucene.search.BooleanClause.Occur.MUST)
                        .add(within, org.apache.lucene.search.BooleanClause.Occur.FILTER).build();
            }
            forEachMatching(s, query, segments);
        } finally {
            searchers.release(s);
        }
    }

    private void forEachMatching(Query query, SegmentReader segments) throws IOException {
        IndexSearcher s = acquire();
        try {
            forEachMatching(s, query, segments);
        } finally {
            searchers.release(s);
        }
    }

    private static void forEachMatching(IndexSearcher s, Query query, SegmentReader segments) throws IOException {
        org.apache.lucene.search.Weight weight = s.createWeight(s.rewrite(query), org.apache.lucene.search.ScoreMode.COMPLETE_NO_SCORES, 1);
        for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
            org.apache.lucene.search.Scorer scorer = weight.scorer(leaf);
            if (scorer == null) continue;
            DocReader reader = segments.open(leaf);
            Bits live = leaf.reader().getLiveDocs();
            var docs = scorer.iterator();
            for (int doc = docs.nextDoc(); doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (live == null || live.get(doc)) reader.read(doc);
            }
        }
    }

    @Override
    public synchronized void close() throws IOException {
        searchers.close();
        if (writer != null) writer.close();
        directory.close();
    }

    /**
     * Counts over {@code counted} hits, each multiplied by {@code scale} (counted over a sample: hits per hit counted);
     * a few thousand hits are counted by {@link SparseFacetCounts}, whose cost does not grow with the number of stories.
     */
    private Map<String, List<SearchResult.FacetCount>> facets(IndexSearcher s, FacetSample counted, double scale, int top)
            throws IOException {
        Map<String, List<SearchResult.FacetCount>> out = new LinkedHashMap<>();
        DefaultSortedSetDocValuesReaderState state = facetState(s.getIndexReader());
        if (state == null) return out;
        if (SparseFacetCounts.suits(state, counted.size())) return SparseFacetCounts.of(state, counted.getMatchingDocs()).top(FACETS, top, scale);
        Facets counts = new SortedSetDocValuesFacetCounts(state, counted);
        for (String dim : FACETS) {
            List<SearchResult.FacetCount> values = new ArrayList<>();
            FacetResult r = state.getOrdRange(dim) == null ? null : counts.getTopChildren(top, dim);
            if (r != null) for (LabelAndValue lv : r.labelValues) values.add(new SearchResult.FacetCount(lv.label, Math.round(lv.value.longValue() * scale)));
            out.put(dim, values);
        }
        return out;
    }

    /** Building the facet ordinals costs a pass over the index, so it is done once per reader. */
    private DefaultSortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
        FacetState current = facetState;
        if (current != null && current.reader() == reader) return current.state();
        if (reader.numDocs() == 0) return null;
        DefaultSortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader, facetsConfig);
        facetState = new FacetState(reader, state);
        return state;
    }

    /** {@code order} when a view fixes it, else the request's own sort, else relevance for words and newest first without. */
    private static Sort pageOrder(SearchRequest request, Sort order) {
        if (order != null) return order;
        Sort asked = request.operators().sort();
        if (asked != null) return asked;
        return request.hasText() ? Sort.RELEVANCE : newestFirst();
    }

    private static Sort newestFirst() {
        SortField day = new SortField(IndexFields.TIME, SortField.Type.LONG, true);
        day.setMissingValue(Long.MIN_VALUE);
        return new Sort(day, SortField.FIELD_DOC);
    }

    private boolean exists(Term term) throws IOException {
        IndexSearcher s = acquire();
        try {
            return s.count(new TermQuery(term)) > 0;
        } finally {
            searchers.release(s);
        }
    }

    private IndexSearcher acquire() throws IOException {
        if (writer == null) searchers.maybeRefresh();
        return searchers.acquire();
    }

    private Article article(StoredFields stored, int doc) throws IOException {
        Document d = stored.document(doc, Set.of(IndexFields.JSON));
        String line = d.get(IndexFields.JSON);
        try {
            return json.mapper().readValue(line, Article.class);
        } catch (IOException e) {
            throw new UncheckedIOException("stored article " + doc + " cannot be read back", e);
        }
    }

    /** Whether this index was opened for writing (else {@link #add} and {@link #commit} refuse). */
    @Override
    public boolean writable() {
        return writer != null;
    }

    private void requireWritable() {
        if (writer == null) throw new IllegalStateException("this index was opened read-only");
    }
}
