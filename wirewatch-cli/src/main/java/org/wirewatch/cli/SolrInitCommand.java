package org.wirewatch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.wirewatch.solr.SolrCollections;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "init",
        mixinStandardHelpOptions = true,
        description = {"Uploads the Wirewatch configset (schema with the per-language analysis of the embedded index) to a SolrCloud "
            + "and creates the collection over it.",
            "The Ukrainian analysis needs Solr's analysis-extras module on the nodes (SOLR_MODULES=analysis-extras).",
            "Exit status: 0 when the collection was created, 74 when Solr refused or could not be reached."},
        footer = {"", "Example:", "  wirewatch solr init --solr localhost:9983 --collection news --shards 2 --replicas 2"})
final class SolrInitCommand implements Callable<Integer> {
    @Mixin
    SolrOptions solrOptions;

    @Option(names = "--shards", paramLabel = "N", description = "Shards of the collection. Default: ${DEFAULT-VALUE}.")
    int shards = 1;

    @Option(names = "--replicas", paramLabel = "R", description = "Replicas of each shard. Default: ${DEFAULT-VALUE}.")
    int replicas = 1;

    @Option(names = "--config-name", paramLabel = "NAME", description = "Name of the uploaded configset. Default: ${DEFAULT-VALUE}.")
    String configName = "wirewatch";

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!solrOptions.chosen(spec)) throw new ParameterException(spec.commandLine(), "give --solr ZK_OR_URL and --collection NAME");
        if (shards < 1 || replicas < 1) throw new ParameterException(spec.commandLine(), "--shards and --replicas must be 1 or more");
        var address = solrOptions.address(spec);
        try (CloudSolrClient client = address.client()) {
            SolrCollections collections = new SolrCollections(client);
            if (collections.exists(solrOptions.collection)) {
                err.println("wirewatch solr init: the collection " + solrOptions.collection + " exists already; nothing changed");
                return StoreFailure.EXIT_IO;
            }
            collections.uploadConfigSet(configName);
            collections.createCollection(solrOptions.collection, configName, shards, replicas);
            err.printf("wirewatch solr init: collection %s created at %s (%d shards x %d replicas, configset %s)%n",
                    solrOptions.collection, solrOptions.solr, shards, replicas, configName);
            return 0;
        } catch (IOException | SolrServerException | RuntimeException e) {
            err.println("wirewatch solr init: " + e.getMessage());
            return StoreFailure.EXIT_IO;
        }
    }
}
