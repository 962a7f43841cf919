package org.wirewatch.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.wirewatch.core.kb.KnowledgeBase;
import org.wirewatch.core.lang.LanguagePacks;
import org.wirewatch.core.linguistics.morph.Morphology;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.output.ArticleJson;
import org.wirewatch.index.analysis.TextAnalyses;
import org.wirewatch.index.analysis.TextAnalysis;

/**
 * The embedded index's fields and queries, for a store that keeps articles elsewhere (a Solr
 * collection): the field values of an article exactly as the embedded index writes them, the Lucene
 * query and order of a {@link SearchRequest} exactly as the embedded index builds them, and a page's
 * highlights and match reasons computed by the same code over an in-memory index of that page alone.
 * So both stores match, highlight and explain alike. Thread-safe.
 */
public final class StoreSchema {
    /** Field names another store must carry (the body fields are {@link #bodyFields}). */
    public static final String ID = IndexFields.ID;
    public static final String HASH = IndexFields.HASH;
    public static final String JSON = IndexFields.JSON;
    public static final String ENTITY_KEY = IndexFields.ENTITY_KEY;
    public static final String DAY = IndexFields.DAY;
    public static final String TIME = IndexFields.TIME;
    public static final String TONE = IndexFields.TONE;
    public static final String TONE_ABS = IndexFields.TONE_ABS;
    public static final String DIGEST = IndexFields.DIGEST;
    public static final String STORY = IndexFields.STORY;
    public static final String ENTITY = IndexFields.ENTITY;

    /** One value of one field of an article: a String, Integer, Long, Double or byte[]. */
    public record FieldValue(String name, Object value) {}

    /** A request's query as the embedded index builds it, and the order of its hits (null: by relevance). */
    public static final class Plan {
        private final QueryBuilder.Built built;
        private final Sort sort;
        private final boolean hasText;

        private Plan(QueryBuilder.Built built, Sort sort, boolean hasText) {
            this.built = built;
            this.sort = sort;
            this.hasText = hasText;
        }

        public Query query() {
            return built.all();
        }

        /** The order asked for or implied (newest first without query words); null for relevance. */
        public Sort sort() {
            return sort;
        }

        public boolean hasText() {
            return hasText;
        }
    }

    private final TextAnalyses analyses;
    private final ArticleDocuments documents;
    private final QueryBuilder queries;
    private final Highlights highlights;
    private final MentionSnippets mentionSnippets;

    private StoreSchema(KnowledgeBase kb, LanguagePacks packs) {
        this.analyses = TextAnalyses.of(packs);
        var keys = packs.nameKeys();
        this.documents = new ArticleDocuments(analyses, new ArticleJson(), keys, ArticleDocuments.facetsConfig());
        List<Morphology> morphologies = new ArrayList<>();
        for (var language : packs.languages()) packs.morphology(language).ifPresent(morphologies::add);
        this.queries = new QueryBuilder(analyses, new EntityFilter(kb, keys), new NameExpansion(kb, keys, morphologies));
        this.highlights = new Highlights(analyses);
        this.mentionSnippets = new MentionSnippets(keys);
    }

    public static StoreSchema of(KnowledgeBase kb, LanguagePacks packs) {
        return new StoreSchema(kb, packs);
    }

    /** The identity of an article's content (SHA-256 of title and text), as the embedded index keeps it. */
    public String contentHash(Article article) {
        return ContentHash.of(article);
    }

    /** Each language's body field and the class of its analyzer ("*" is every other language). */
    public Map<String, TextAnalysis> bodyFields() {
        Map<String, TextAnalysis> out = new LinkedHashMap<>();
        for (TextAnalysis a : analyses.all()) out.put(a.field(), a);
        return out;
    }

    /**
     * The article's fields as the embedded index writes them: keywords, body text, stored record,
     * points (as numbers), doc values; the Lucene facet bookkeeping fields are left out.
     */
    public List<FieldValue> fields(Article article) throws IOException {
        Document doc = documents.document(article, ContentHash.of(article));
        List<FieldValue> out = new ArrayList<>();
        for (IndexableField f : doc.getFields()) {
            if (f.name().startsWith("$")) continue;
            Object value = value(f);
            // a field kept several ways (indexed, stored, doc values) gives its value once
            if (value != null && !out.contains(new FieldValue(f.name(), value))) out.add(new FieldValue(f.name(), value));
        }
        return out;
    }

    private static Object value(IndexableField f) {
        if (f instanceof IntPoint) {
            BytesRef b = f.binaryValue();
            return IntPoint.decodeDimension(b.bytes, b.offset);
        }
        if (f instanceof DoublePoint) {
            BytesRef b = f.binaryValue();
            return DoublePoint.decodeDimension(b.bytes, b.offset);
        }
        if (f instanceof DoubleDocValuesField) return Double.longBitsToDouble(f.numericValue().longValue());
        if (f.stringValue() != null) return f.stringValue();
        if (f.numericValue() != null) return f.numericValue();
        BytesRef b = f.binaryValue();
        return b == null ? null : BytesRef.deepCopyOf(b).bytes;
    }

    /**
     * The request's query, names expanded across scripts where {@code seen} says the store holds
     * their keys (the embedded index asks its own terms).
     */
    public Plan plan(SearchRequest request, KeySeen seen) throws IOException {
        QueryBuilder.Built built = queries.build(request, (NameExpansion.Seen) t -> seen.has(t.text()));
        Sort asked = request.operators().sort();
        Sort sort = asked != null ? asked : request.hasText() ? null : newestFirst();
        return new Plan(built, sort, request.hasText());
    }

    /** As {@link #plan}, ordered oldest first (undated last). */
    public static Sort oldestFirst() {
        SortField day = new SortField(IndexFields.TIME, SortField.Type.LONG, false);
        day.setMissingValue(Long.MAX_VALUE);
        return new Sort(day, SortField.FIELD_DOC);
    }

    private static Sort newestFirst() {
        SortField day = new SortField(IndexFields.TIME, SortField.Type.LONG, true);
        day.setMissingValue(Long.MIN_VALUE);
        return new Sort(day, SortField.FIELD_DOC);
    }

    /** Whether the store holds a cross-script name key (some stored mention has it). */
    @FunctionalInterface
    public interface KeySeen {
        boolean has(String entityKey) throws IOException;
    }

    /**
     * The hits of one page the store found (in its order, with its scores): their passages and
     * why each matched, computed as the embedded index computes them, over an in-memory index of
     * these articles alone (offsets and match checks are per article, so the answer is the same).
     */
    public List<SearchResult.Hit> hits(Plan plan, List<Article> page, float[] scores) throws IOException {
        if (page.isEmpty()) return List.of();
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyses.perFieldAnalyzer()))) {
                for (Article a : page) w.addDocument(documents.document(a, ContentHash.of(a)));
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher s = new IndexSearcher(reader);
                ScoreDoc[] docs = new ScoreDoc[page.size()];
                for (int i = 0; i < docs.length; i++) docs[i] = new ScoreDoc(i, scores[i]);
                List<List<SearchResult.Snippet>> snippets = plan.hasText()
                        ? highlights.of(s, plan.built.text(), new TopDocs(new TotalHits(docs.length, TotalHits.Relation.EQUAL_TO), docs),
                                page.stream().map(Article::text).toList())
                        : page.stream().map(a -> List.<SearchResult.Snippet>of()).toList();
                List<List<SearchResult.Match>> reasons = MatchReasons.of(s, plan.built, docs);
                List<SearchResult.Hit> hits = new ArrayList<>();
                for (int i = 0; i < docs.length; i++) {
                    List<SearchResult.Snippet> shown = snippets.get(i).isEmpty()
                            ? mentionSnippets.of(page.get(i), plan.built.expansions()) : snippets.get(i);
                    hits.add(new SearchResult.Hit(page.get(i), scores[i], shown, reasons.get(i)));
                }
                return hits;
            }
        }
    }
}
