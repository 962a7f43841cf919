package org.wirewatch.solr;

import java.io.IOException;
import org.apache.solr.common.SolrInputDocument;
import org.wirewatch.core.model.Article;
import org.wirewatch.index.StoreSchema;

/**
 * An article as the Solr document the store writes: the embedded index's fields ({@link StoreSchema}),
 * without the binary digest (on Solr the views' digests are made from the stored record). Built
 * here once for {@link SolrArticleIndex} and for writers that send documents themselves, such as
 * the Spark job's executors. Thread-safe.
 */
public final class StoreDocuments {
    private final StoreSchema schema;

    public StoreDocuments(StoreSchema schema) {
        this.schema = schema;
    }

    public SolrInputDocument of(Article article) throws IOException {
        SolrInputDocument doc = new SolrInputDocument();
        for (StoreSchema.FieldValue f : schema.fields(article)) {
            if (f.name().equals(StoreSchema.DIGEST)) continue;
            doc.addField(f.name(), f.value());
        }
        return doc;
    }

    /** The identity of an article's content, as the collection's {@code hash} field holds it. */
    public String contentHash(Article article) {
        return schema.contentHash(article);
    }
}
