package org.wirewatch.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.spark.api.java.function.ForeachPartitionFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.util.LongAccumulator;
import org.wirewatch.core.model.Article;
import org.wirewatch.index.StoreSchema;
import org.wirewatch.solr.Retries;
import org.wirewatch.solr.StoreDocuments;

/**
 * One task's share of the Solr write: its articles (rows of one {@code json} column) sent in batches, each batch
 * after one look-up of which of its ids and content hashes the collection already holds; those are left alone, as
 * {@code ingest} leaves them. Nothing is committed here (the driver commits once every task succeeded). A task
 * Spark runs again sends the same documents under the same ids, which Solr overwrites, and its counts replace
 * the failed attempt's (accumulators of an action count each task once).
 */
final class SolrPartitionWriter implements ForeachPartitionFunction<Row> {
    private final SolrTarget target;
    private final int batchSize;
    private final LongAccumulator stored;
    private final LongAccumulator unchanged;

    SolrPartitionWriter(SolrTarget target, int batchSize, LongAccumulator stored, LongAccumulator unchanged) {
        this.target = target;
        this.batchSize = batchSize;
        this.stored = stored;
        this.unchanged = unchanged;
    }

    @Override
    public void call(Iterator<Row> rows) throws IOException {
        if (!rows.hasNext()) return;
        StoreDocuments documents = ExecutorPipelines.solrDocuments();
        ArticleRecords records = new ArticleRecords();
        Retries retries = Retries.standard();
        try (CloudSolrClient client = target.solrAddress().client()) {
            List<Article> batch = new ArrayList<>(batchSize);
            while (rows.hasNext()) {
                batch.add(records.parse(rows.next().getString(0)));
                if (batch.size() == batchSize || !rows.hasNext()) {
                    send(client, retries, documents, batch);
                    batch.clear();
                }
            }
        }
    }

    private void send(CloudSolrClient client, Retries retries, StoreDocuments documents, List<Article> batch) throws IOException {
        List<String> ids = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        for (Article a : batch) {
            ids.add(a.id());
            hashes.add(documents.contentHash(a));
        }
        Held held = held(client, retries, ids, hashes);
        List<SolrInputDocument> docs = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            if (!held.ids.contains(ids.get(i)) && !held.hashes.contains(hashes.get(i))) docs.add(documents.of(batch.get(i)));
        }
        if (!docs.isEmpty()) retries.run("store " + docs.size() + " articles", () -> client.add(target.collection(), docs));
        stored.add(docs.size());
        unchanged.add(batch.size() - docs.size());
    }

    private static String anyOf(List<String> values) {
        return values.stream().map(ClientUtils::escapeQueryChars).collect(Collectors.joining(" OR "));
    }

    private record Held(Set<String> ids, Set<String> hashes) {}

    /** The ids and hashes of the batch the collection holds, committed: one request for the whole batch. */
    private Held held(CloudSolrClient client, Retries retries, List<String> ids, List<String> hashes) throws IOException {
        ModifiableSolrParams p = new ModifiableSolrParams();
        // every value escaped: a batch is 2 × 500 term clauses, under Lucene's 1024 clauses a query may have
        p.set("q", StoreSchema.ID + ":(" + anyOf(ids) + ") OR " + StoreSchema.HASH + ":(" + anyOf(hashes) + ")");
        p.set("fl", StoreSchema.ID + "," + StoreSchema.HASH);
        p.set("rows", 2 * ids.size());
        Held held = new Held(new HashSet<>(), new HashSet<>());
        for (SolrDocument d : retries.call("look up " + ids.size() + " articles",
                () -> client.query(target.collection(), p, org.apache.solr.client.solrj.SolrRequest.METHOD.POST)).getResults()) {
            held.ids.add((String) d.getFirstValue(StoreSchema.ID));
            Object hash = d.getFirstValue(StoreSchema.HASH);
            if (hash != null) held.hashes.add(hash.toString());
        }
        return held;
    }
}
