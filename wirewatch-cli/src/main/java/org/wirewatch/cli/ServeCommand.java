package org.wirewatch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.wirewatch.index.ArticleIndex;
import org.wirewatch.index.IndexLockedException;
import org.wirewatch.index.StoredStories;
import org.wirewatch.index.WirewatchIndex;
import org.wirewatch.index.alerts.Alerts;
import org.wirewatch.server.ServerSettings;
import org.wirewatch.server.WirewatchServer;
import org.wirewatch.server.WriterSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Serves the web UI (stories, entities, quotes, search) and the JSON API (/api/…, described at /api/openapi.json) "
                + "over the index under --data. Listens on this machine only unless --host says otherwise.",
            "POST /api/articles ingests; it needs `api.token=…` in the config file (sent as 'Authorization: Bearer …') "
                + "whenever the server is reachable from other machines.",
            "With --solr and --collection it serves a SolrCloud collection instead (docs/solr.md); posts are stored there, "
                + "with the story state under --data: no other process may write the collection meanwhile."},
        footer = {"", "Examples:", "  wirewatch serve --data wirewatch-data --port 7070   # then open http://127.0.0.1:7070/",
            "  wirewatch serve --solr zk1:2181/solr --collection news --data news-stories"})
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "P", description = "Port to listen on (0: any free port). Default: ${DEFAULT-VALUE}.")
    int port = ServerSettings.DEFAULT_PORT;

    @Option(names = "--host", paramLabel = "H", description = "Address to listen on. Default: ${DEFAULT-VALUE} (this machine only).")
    String host = ServerSettings.DEFAULT_HOST;

    @Option(names = "--config", paramLabel = "FILE", description = "Server configuration (api.token=…, allowed.hosts=…, "
            + "rate.writes.per.minute=…, rate.reads.per.minute=…, rate.loopback=true). Default: DATA/server.properties.")
    Path config;

    @Mixin
    PipelineOptions pipelineOptions;

    @Mixin
    SolrOptions solrOptions;

    @Spec
    CommandSpec spec;

    /**
     * Embedded: writable when free; beside a running ingest or watch, read-only (it shows their
     * commits as they land) until it exits. A Solr collection has no writer lock: it is opened for writing.
     */
    private ArticleIndex openIndex(PrintWriter err) throws java.io.IOException {
        if (solrOptions.chosen(spec)) return solrOptions.open(spec, pipelineOptions.knowledgeBase(), pipelineOptions.packs(), true);
        try {
            return WirewatchIndex.open(pipelineOptions.data, pipelineOptions.knowledgeBase(), pipelineOptions.packs());
        } catch (IndexLockedException e) {
            err.println("wirewatch serve: " + e.getMessage() + "; serving read-only; ingest over HTTP starts once that process exits");
            return WirewatchIndex.openReadOnly(pipelineOptions.data, pipelineOptions.knowledgeBase(), pipelineOptions.packs());
        }
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        ServerSettings settings;
        try {
            settings = ServerSettings.loopback(port).withHost(host)
                    .withConfigFrom(config != null ? config : pipelineOptions.data.resolve("server.properties"));
        } catch (IllegalArgumentException e) {
            err.println("wirewatch serve: " + e.getMessage());
            return Main.EXIT_USAGE;
        }
        try (ArticleIndex index = openIndex(err);
             Alerts alerts = Alerts.open(pipelineOptions.data, err::println);
             WirewatchServer server = WirewatchServer.start(settings, index,
                     index.writable() ? SolrOptions.stories(index, pipelineOptions) : null,
                     // a Solr collection has no writer lock to wait for: it is written from the start
                     solrOptions.chosen(spec) ? null : () -> new WriterSource.Writer(
                             WirewatchIndex.open(pipelineOptions.data, pipelineOptions.knowledgeBase(), pipelineOptions.packs()),
                             StoredStories.open(pipelineOptions.data, pipelineOptions.packs())),
                     pipelineOptions.wirewatch(false), alerts)) {
            err.printf("wirewatch serve: %,d articles; listening on %s/%s%n", index.size(), server.url(),
                    settings.loopbackOnly() ? "" : settings.token() == null ? " (ingest over HTTP disabled: no api.token)" : "");
            err.flush();
            server.awaitStop();
        } catch (java.io.IOException e) {
            return StoreFailure.report(err, "serve", e);
        }
        return 0;
    }
}
