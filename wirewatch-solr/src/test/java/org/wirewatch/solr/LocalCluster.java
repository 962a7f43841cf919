package org.wirewatch.solr;

import java.nio.file.Path;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettyConfig;

/**
 * A real SolrCloud in this JVM (Solr's {@code MiniSolrCloudCluster}: an embedded ZooKeeper and Solr
 * nodes on Jetty), with the Wirewatch collection created the way {@code wirewatch solr init} creates
 * it: the configset uploaded through the Configsets API, then the collection over it. Public for the
 * Spark module's tests (this module's test jar), which write into a cluster started the same way.
 */
public final class LocalCluster implements AutoCloseable {
    final MiniSolrCloudCluster cluster;
    public final SolrAddress address;

    private LocalCluster(MiniSolrCloudCluster cluster) {
        this.cluster = cluster;
        this.address = SolrAddress.parse(cluster.getZkServer().getZkAddress());
    }

    public static LocalCluster start(int nodes, Path dir) throws Exception {
        System.setProperty("solr.allowPaths", "*");
        System.setProperty("solr.autoCommit.maxTime", "-1");
        MiniSolrCloudCluster c = new MiniSolrCloudCluster(nodes, dir, JettyConfig.builder().build());
        c.waitForAllNodes(60);
        return new LocalCluster(c);
    }

    /** Uploads the configset and creates the collection, waiting until every replica is active. */
    public void create(String collection, int shards, int replicas) throws Exception {
        try (var client = address.client()) {
            SolrCollections collections = new SolrCollections(client);
            collections.uploadConfigSet("wirewatch");
            collections.createCollection(collection, "wirewatch", shards, replicas);
        }
        cluster.waitForActiveCollection(collection, shards, shards * replicas);
    }

    @Override
    public void close() throws Exception {
        cluster.shutdown();
    }

    /**
     * Runs a 2-node cluster with a 2-shard, 2-replica collection until killed: what docs/solr.md
     * measures against. With {@code -Dwirewatch.cluster.exitWithStdin=true} it also stops when its
     * standard input closes, so a test JVM that started it (wirewatch-server's SolrApiTest) cannot
     * leave it running, even when killed.
     */
    public static void main(String[] args) throws Exception {
        LocalCluster c = start(2, Path.of(args.length > 0 ? args[0] : "target/local-solr"));
        c.create(args.length > 1 ? args[1] : "news", 2, 2);
        System.out.println("SolrCloud up: --solr " + c.address + " --collection " + (args.length > 1 ? args[1] : "news"));
        System.out.flush();
        if (Boolean.getBoolean("wirewatch.cluster.exitWithStdin")) {
            while (System.in.read() >= 0) {
                // nothing is sent: the stream only tells when the parent is gone
            }
            c.close();
            System.exit(0);
        }
        Thread.currentThread().join();
    }
}
