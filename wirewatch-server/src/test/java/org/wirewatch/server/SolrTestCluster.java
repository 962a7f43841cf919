package org.wirewatch.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.wirewatch.index.StoreSchema;
import org.wirewatch.solr.Retries;
import org.wirewatch.solr.SolrAddress;
import org.wirewatch.solr.SolrArticleIndex;
import org.wirewatch.solr.SolrCollections;

/**
 * A real 2-node SolrCloud for the API tests that run on both stores: wirewatch-solr's
 * {@code LocalCluster} (Solr's MiniSolrCloudCluster), started once per test JVM in a JVM of its own,
 * since Solr's nodes run on Jetty 10 and this server on Jetty 11. It stops when this JVM exits, and
 * by itself when its standard input closes (this JVM killed). Each test class takes a collection of
 * its own, made over the configset the way {@code wirewatch solr init} makes one.
 */
final class SolrTestCluster {
    private static final Path SOLR_MODULE = Path.of(System.getProperty("wirewatch.root", "..")).resolve("wirewatch-solr");
    private static final long START_SECONDS = 240;

    private final String address;
    /** Collections made so far: each new one is named after it. */
    private final AtomicInteger made = new AtomicInteger();

    private SolrTestCluster(String address) {
        this.address = address;
    }

    /** The cluster, started on first use. */
    static SolrTestCluster get() {
        return Holder.CLUSTER;
    }

    private static final class Holder {
        static final SolrTestCluster CLUSTER = start();
    }

    /**
     * A new, empty collection of 2 shards of one replica each (spread over both nodes; 2 replicas and
     * a node stopped are SolrStoreTest's), named {@code prefix} and a number, open for writing;
     * closing it closes its client.
     */
    SolrArticleIndex collection(String prefix) throws IOException {
        String name = prefix + "-" + made.incrementAndGet();
        int shards = 2;
        var client = SolrAddress.parse(address).client();
        try {
            new SolrCollections(client).createCollection(name, "wirewatch", shards, 1);
        } catch (org.apache.solr.client.solrj.SolrServerException | RuntimeException e) {
            client.close();
            throw new IOException("cannot create the collection " + name + ": " + e.getMessage(), e);
        }
        return new SolrArticleIndex(client, name, StoreSchema.of(ServerFixture.KB, ServerFixture.WIREWATCH.resources().packs()),
                Retries.standard(), true);
    }

    private static SolrTestCluster start() {
        try {
            Path target = SOLR_MODULE.resolve("target");
            Path listed = target.resolve("test-classpath.txt");
            if (!Files.exists(listed) || !Files.isDirectory(target.resolve("test-classes"))) {
                throw new IllegalStateException(listed + " or its test classes are missing: build wirewatch-solr in the same run "
                        + "(mvn -pl wirewatch-server -am test)");
            }
            String classpath = String.join(java.io.File.pathSeparator, target.resolve("test-classes").toString(),
                    target.resolve("classes").toString(), Files.readString(listed).strip());
            Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "solr-cluster-");
            Path log = dir.resolve("cluster.log");
            Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx1g", "-XX:+UseSerialGC", "-Dwirewatch.cluster.exitWithStdin=true", "-cp", classpath,
                    "org.wirewatch.solr.LocalCluster", dir.resolve("nodes").toString(), "news"))
                    .redirectError(log.toFile()).start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(p)));
            AtomicBoolean up = new AtomicBoolean();
            // a cluster that never comes up is stopped, so the read below ends
            Thread watchdog = new Thread(() -> {
                try {
                    if (!p.waitFor(START_SECONDS, TimeUnit.SECONDS) && !up.get()) stop(p);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "solr-cluster-watchdog");
            watchdog.setDaemon(true);
            watchdog.start();
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("SolrCloud up: --solr ")) {
                    up.set(true);
                    drain(out, dir.resolve("cluster-out.log"));
                    return new SolrTestCluster(line.substring("SolrCloud up: --solr ".length(), line.indexOf(" --collection")));
                }
            }
            throw new IllegalStateException("the test SolrCloud did not start; its log: " + log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the test SolrCloud", e);
        }
    }

    /** Keeps copying the cluster's output (Solr's log) to {@code log}, so it never blocks on a full pipe. */
    private static void drain(BufferedReader out, Path log) {
        Thread t = new Thread(() -> {
            try (var copy = Files.newBufferedWriter(log)) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    copy.write(line);
                    copy.newLine();
                }
            } catch (IOException ignored) {
                // the cluster stopped
            }
        }, "solr-cluster-output");
        t.setDaemon(true);
        t.start();
    }

    private static void stop(Process p) {
        p.descendants().forEach(ProcessHandle::destroy);
        p.destroy();
        try {
            if (!p.waitFor(30, TimeUnit.SECONDS)) p.destroyForcibly();
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
