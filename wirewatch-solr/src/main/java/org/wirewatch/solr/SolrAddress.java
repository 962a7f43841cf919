package org.wirewatch.solr;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.impl.CloudLegacySolrClient;
import org.apache.solr.client.solrj.impl.CloudSolrClient;

/**
 * Where a SolrCloud is, as a user gives it with {@code --solr}: ZooKeeper hosts
 * ({@code zk1:2181,zk2:2181/solr}, the chroot after the first slash) or Solr base URLs
 * ({@code http://host:8983/solr}, comma-separated). Immutable.
 */
public record SolrAddress(List<String> zkHosts, Optional<String> chroot, List<String> solrUrls) {

    public static SolrAddress parse(String given) {
        String s = given == null ? "" : given.strip();
        if (s.isEmpty()) throw new IllegalArgumentException("--solr needs ZooKeeper hosts (zk:2181[/chroot]) or Solr URLs (http://host:8983/solr)");
        if (s.startsWith("http://") || s.startsWith("https://")) {
            return new SolrAddress(List.of(), Optional.empty(), Arrays.stream(s.split(",")).map(String::strip).toList());
        }
        int slash = s.indexOf('/');
        String hosts = slash < 0 ? s : s.substring(0, slash);
        Optional<String> chroot = slash < 0 ? Optional.empty() : Optional.of(s.substring(slash));
        return new SolrAddress(Arrays.stream(hosts.split(",")).map(String::strip).toList(), chroot, List.of());
    }

    /**
     * A client of the cluster, talking HTTP through Apache HttpClient: SolrJ's Jetty client would
     * clash with the Jetty of the web server (Javalin) in the same command.
     */
    public CloudSolrClient client() {
        CloudLegacySolrClient.Builder b = solrUrls.isEmpty()
                ? new CloudLegacySolrClient.Builder(zkHosts, chroot).withZkConnectTimeout(15, TimeUnit.SECONDS)
                : new CloudLegacySolrClient.Builder(solrUrls);
        return b.withConnectionTimeout(15_000).withSocketTimeout(120_000).build();
    }

    @Override
    public String toString() {
        return solrUrls.isEmpty() ? String.join(",", zkHosts) + chroot.orElse("") : String.join(",", solrUrls);
    }
}
