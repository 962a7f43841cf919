package org.wirewatch.index;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

/**
 * How {@link EntitySummary}s live in the article index: one small document per entity, beside the
 * articles, so that the summaries and the articles they count are committed together (a reader
 * sees both as of one commit). Article queries leave these documents out ({@link #articlesOnly}).
 * An index whose commit data lacks {@link #COMMIT_KEY} was written before summaries were kept.
 */
final class SummaryDocs {
    /** Commit user data: present once every entity's summary is kept in the index. */
    static final String COMMIT_KEY = "entity_summaries";

    private static final String KIND = "kind";
    private static final String SUMMARY_KIND = "entity_summary";
    private static final String SUMMARY_OF = "summary_of";
    private static final String SUMMARY = "summary";
    private static final Query SUMMARIES = new TermQuery(new Term(KIND, SUMMARY_KIND));
    private static final Query ARTICLES = new BooleanQuery.Builder()
            .add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST)
            .add(SUMMARIES, BooleanClause.Occur.MUST_NOT).build();

    private final ObjectMapper mapper = new ObjectMapper();

    /** Every stored article and nothing else: what "no query words" means. */
    static Query articlesOnly() {
        return ARTICLES;
    }

    /** How many summary documents the reader holds (subtracted from its document count). */
    static int count(IndexSearcher s) throws IOException {
        return s.count(SUMMARIES);
    }

    /** Whether the commit this reader shows keeps summaries (a writer's near-real-time reader is told by its writer). */
    static boolean kept(IndexReader reader) throws IOException {
        return reader instanceof DirectoryReader d && d.getIndexCommit().getUserData().containsKey(COMMIT_KEY);
    }

    Optional<EntitySummary> read(IndexSearcher s, String id) throws IOException {
        TopDocs top = s.search(new TermQuery(new Term(SUMMARY_OF, id)), 1);
        if (top.scoreDocs.length == 0) return Optional.empty();
        BytesRef bytes = s.storedFields().document(top.scoreDocs[0].doc, Set.of(SUMMARY)).getBinaryValue(SUMMARY);
        return Optional.of(mapper.readValue(bytes.bytes, bytes.offset, bytes.length, EntitySummary.class));
    }

    /** Puts these summaries in place of the stored ones (a summary with no articles left is deleted). */
    void write(IndexWriter writer, Collection<EntitySummary> summaries) throws IOException {
        for (EntitySummary summary : summaries) {
            Term term = new Term(SUMMARY_OF, summary.id());
            if (summary.articles() <= 0) writer.deleteDocuments(term);
            else writer.updateDocument(term, document(summary));
        }
    }

    /** Deletes every summary (before they are counted afresh). */
    static void deleteAll(IndexWriter writer) throws IOException {
        writer.deleteDocuments(SUMMARIES);
    }

    static Map<String, String> marker() {
        return Map.of(COMMIT_KEY, "1");
    }

    private Document document(EntitySummary summary) {
        Document doc = new Document();
        doc.add(new StringField(KIND, SUMMARY_KIND, Field.Store.NO));
        doc.add(new StringField(SUMMARY_OF, summary.id(), Field.Store.NO));
        try {
            doc.add(new StoredField(SUMMARY, mapper.writeValueAsBytes(summary)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the summary of " + summary.id(), e);
        }
        return doc;
    }
}
