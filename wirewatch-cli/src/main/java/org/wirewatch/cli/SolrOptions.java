package org.wirewatch.cli;

import java.io.IOException;
import org.wirewatch.core.kb.KnowledgeBase;
import org.wirewatch.core.lang.LanguagePacks;
import org.wirewatch.index.ArticleIndex;
import org.wirewatch.index.StoreSchema;
import org.wirewatch.index.StoredStories;
import org.wirewatch.solr.Retries;
import org.wirewatch.solr.SolrAddress;
import org.wirewatch.solr.SolrArticleIndex;
import org.wirewatch.solr.SolrCollections;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code --solr ZK_OR_URL --collection NAME}: the store is a SolrCloud collection instead of the index under --data. */
final class SolrOptions {
    @Option(names = "--solr", paramLabel = "ZK_OR_URL", description = "Store in (or read from) a SolrCloud collection: its ZooKeeper "
            + "hosts (zk1:2181,zk2:2181/solr) or Solr URLs (http://host:8983/solr); with --collection. See docs/solr.md.")
    String solr;

    @Option(names = "--collection", paramLabel = "NAME", description = "The Solr collection (made by `wirewatch solr init`).")
    String collection;

    /** Whether the store is Solr; both options or neither, else a usage error. */
    boolean chosen(CommandSpec spec) {
        if ((solr == null) != (collection == null)) {
            throw new ParameterException(spec.commandLine(), "--solr and --collection go together");
        }
        return solr != null;
    }

    SolrAddress address(CommandSpec spec) {
        try {
            return SolrAddress.parse(solr);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** The story state under --data as of the store's last commit (a Solr collection names it in a marker document). */
    static StoredStories stories(ArticleIndex index, PipelineOptions options) throws IOException {
        return index instanceof SolrArticleIndex solr
                ? StoredStories.open(options.data, options.packs(), solr.committedStoryState())
                : StoredStories.open(options.data, options.packs());
    }

    /** The collection as an article store; the cluster is asked first, so a wrong address or name fails here, at once. */
    SolrArticleIndex open(CommandSpec spec, KnowledgeBase kb, LanguagePacks packs, boolean writable) throws IOException {
        SolrAddress address = address(spec);
        CloudSolrClient client;
        boolean exists;
        try {
            client = address.client();
        } catch (RuntimeException e) {
            throw new IOException("cannot reach the SolrCloud at " + solr + ": " + e.getMessage(), e);
        }
        try {
            exists = new SolrCollections(client).exists(collection);
        } catch (IOException | SolrServerException | RuntimeException e) {
            client.close();
            throw new IOException("cannot reach the SolrCloud at " + solr + ": " + e.getMessage(), e);
        }
        if (!exists) {
            client.close();
            throw new IOException("the SolrCloud at " + solr + " has no collection " + collection
                    + " (create it with `wirewatch solr init --solr " + solr + " --collection " + collection + "`)");
        }
        return new SolrArticleIndex(client, collection, StoreSchema.of(kb, packs), Retries.standard(), writable);
    }
}
