package org.wirewatch.spark;

import java.io.Serializable;
import org.wirewatch.core.model.Check;
import org.wirewatch.solr.SolrAddress;

/**
 * The SolrCloud collection a run also writes its articles into ({@code --solr ZK_OR_URL --collection NAME}),
 * as the user gave it: executors parse the address themselves, so only two strings travel.
 *
 * @param address    ZooKeeper hosts ({@code zk1:2181/solr}) or Solr URLs, as {@link SolrAddress#parse} reads them
 * @param collection a collection made by {@code wirewatch solr init}
 */
public record SolrTarget(String address, String collection) implements Serializable {
    public SolrTarget {
        SolrAddress.parse(address);
        Check.notNullParam(collection, "collection");
        Check.isTrue(!collection.isBlank(), "the collection name is empty");
    }

    SolrAddress solrAddress() {
        return SolrAddress.parse(address);
    }
}
