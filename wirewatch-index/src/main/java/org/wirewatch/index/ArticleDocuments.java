package org.wirewatch.index;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.wirewatch.core.output.ArticleJson;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.Category;
import org.wirewatch.core.model.Event;
import org.wirewatch.core.model.Mention;
import org.wirewatch.core.model.Quote;
import org.wirewatch.core.linguistics.names.NameKeys;
import org.wirewatch.index.analysis.TextAnalyses;

/**
 * Turns an article record into its Lucene document: the record itself as stored JSON (the
 * source of truth when reading back), its body in its language's field, and keyword fields for
 * filters and facets. Thread-safe.
 */
final class ArticleDocuments {
    /** Stored, with offsets in the postings so highlighting needs no second analysis of the text. */
    private static final FieldType BODY = body();

    private final TextAnalyses analyses;
    private final ArticleJson json;
    private final NameKeys keys;
    private final FacetsConfig facets;

    ArticleDocuments(TextAnalyses analyses, ArticleJson json, NameKeys keys, FacetsConfig facets) {
        this.analyses = analyses;
        this.json = json;
        this.keys = keys;
        this.facets = facets;
    }

    private static FieldType body() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    /** The facets config every document and every facet count uses. */
    static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(IndexFields.ENTITY, true);
        config.setMultiValued(IndexFields.EVENT_TYPE, true);
        config.setMultiValued(IndexFields.CATEGORY, true);
        return config;
    }

    Document document(Article article, String hash) throws IOException {
        Document doc = new Document();
        doc.add(new StringField(IndexFields.ID, article.id(), Field.Store.YES));
        doc.add(new StringField(IndexFields.HASH, hash, Field.Store.NO));
        doc.add(new StoredField(IndexFields.JSON, json.toLine(article)));
        doc.add(new org.apache.lucene.document.BinaryDocValuesField(IndexFields.DIGEST, ArticleDigest.of(article).encode()));
        doc.add(new Field(analyses.forLanguage(article.lang()).field(), article.text(), BODY));
        keyword(doc, IndexFields.LANG, article.lang() == null ? "und" : article.lang());
        keyword(doc, IndexFields.SOURCE, article.source());
        keyword(doc, IndexFields.STORY, StoryIds.of(article));
        doc.add(new StoredField(IndexFields.STORY, StoryIds.of(article)));
        entities(doc, article);
        for (Quote q : article.quotes()) {
            if (q.speaker() != null && q.speaker().id() != null) doc.add(new StringField(IndexFields.SPEAKER, q.speaker().id(), Field.Store.NO));
        }
        Set<String> eventTypes = new LinkedHashSet<>();
        for (Event e : article.events()) if (e.type() != null) eventTypes.add(e.type());
        for (String type : eventTypes) keyword(doc, IndexFields.EVENT_TYPE, type);
        for (Category c : article.categories()) keyword(doc, IndexFields.CATEGORY, c.id());
        PublishedDay.epochDay(article.published()).ifPresent(day -> {
            doc.add(new IntPoint(IndexFields.DAY, (int) day));
        });
        PublishedDay.epochMinute(article.published()).ifPresent(minute -> doc.add(new NumericDocValuesField(IndexFields.TIME, minute)));
        if (article.tone() != null) {
            double tone = article.tone().tone();
            doc.add(new DoublePoint(IndexFields.TONE, tone));
            doc.add(new DoubleDocValuesField(IndexFields.TONE, tone));
            doc.add(new DoublePoint(IndexFields.TONE_ABS, Math.abs(tone)));
        }
        return facets.build(doc);
    }

    private void entities(Document doc, Article article) {
        Set<String> ids = new LinkedHashSet<>();
        Set<String> nameKeys = new LinkedHashSet<>();
        for (Mention m : article.entities()) {
            if (m.id() != null) ids.add(m.id());
            addKey(nameKeys, m.text());
            if (m.name() != null) {
                addKey(nameKeys, m.name());
                addKey(nameKeys, lastWord(m.name()));
            }
        }
        for (String id : ids) keyword(doc, IndexFields.ENTITY, id);
        for (String key : nameKeys) doc.add(new StringField(IndexFields.ENTITY_KEY, key, Field.Store.NO));
    }

    private void addKey(Set<String> into, String name) {
        if (name == null || name.isBlank()) return;
        String key = keys.key(name, null);
        if (!key.isEmpty()) into.add(key);
    }

    /** A filterable, facetable keyword; facets reject empty labels, so blanks are left out. */
    private static void keyword(Document doc, String field, String value) {
        if (value == null || value.isBlank()) return;
        doc.add(new StringField(field, value, Field.Store.NO));
        doc.add(new SortedSetDocValuesFacetField(field, value));
    }

    private static String lastWord(String name) {
        int space = name.lastIndexOf(' ');
        return space < 0 ? name : name.substring(space + 1);
    }
}
