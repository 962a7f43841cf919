package org.wirewatch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.wirewatch.core.ingest.InputLimits;
import org.wirewatch.index.BatchedCommits;
import org.wirewatch.index.ArticleIndex;
import org.wirewatch.index.WirewatchIndex;
import org.wirewatch.index.alerts.Alerts;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "watch",
        mixinStandardHelpOptions = true,
        description = {
            "Keeps ingesting: new files appearing under DIR, or new items of an RSS/Atom feed (an http(s) address or a file), "
                + "checked every --every. Items already stored are left alone, so restarting is safe. Stop with Ctrl-C."},
        footer = {"", "Examples:", "  wirewatch watch incoming/ --every 30s", "  wirewatch watch --feed https://example.org/rss.xml --every 5m",
            "  wirewatch watch incoming/ --solr zk1:2181/solr --collection news --data news-stories   # into a SolrCloud collection"})
final class WatchCommand implements Callable<Integer> {

    static final class What {
        @Parameters(paramLabel = "DIR", description = "A directory to watch for new files (read recursively).")
        Path dir;

        @Option(names = "--feed", paramLabel = "URL-or-FILE", description = "An RSS/Atom feed to poll.")
        String feed;
    }

    @ArgGroup(multiplicity = "1")
    What what;

    @Option(names = "--every", paramLabel = "INTERVAL", converter = Interval.class,
            description = "How often to look: 30s, 5m, 1h. Default: 10s for a directory, 5m for a feed.")
    Duration every;

    @Option(names = "--rounds", paramLabel = "N", description = "Stop after N looks (default: never; for scripts and tests).")
    long rounds = Long.MAX_VALUE;

    @Mixin
    PipelineOptions pipelineOptions;

    @Mixin
    SolrOptions solrOptions;

    @Spec
    CommandSpec spec;

    private final Set<String> seen = new HashSet<>();

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        Duration interval = every != null ? every : what.feed != null ? Duration.ofMinutes(5) : Duration.ofSeconds(10);
        InputLimits limits = InputLimits.defaults();
        FeedFetcher fetcher = new FeedFetcher(limits.maxDocumentBytes());
        try (ArticleIndex index = solrOptions.chosen(spec)
                ? solrOptions.open(spec, pipelineOptions.knowledgeBase(), pipelineOptions.packs(), true)
                : WirewatchIndex.open(pipelineOptions.data, pipelineOptions.knowledgeBase(), pipelineOptions.packs());
             Alerts alerts = Alerts.open(pipelineOptions.data, err::println)) {
            IndexIngest ingest = new IndexIngest(index, SolrOptions.stories(index, pipelineOptions), alerts,
                    pipelineOptions.pipeline(false), pipelineOptions.threads,
                    BatchedCommits.DEFAULT_BATCH, err, false);
            for (long round = 1; ; round++) {
                List<String> inputs = what.feed != null ? feedInput(fetcher, err) : newFiles(what.dir);
                if (!inputs.isEmpty()) {
                    IndexIngest.Outcome outcome = ingest.ingest(inputs, limits);
                    if (outcome.added() > 0 || outcome.failed() > 0) err.println(outcome.summary("watch"));
                    for (String input : inputs) if (input.startsWith(scratchPrefix())) Files.deleteIfExists(Path.of(input));
                }
                if (round >= rounds) return 0;
                Thread.sleep(interval.toMillis());
            }
        } catch (IOException e) {
            return StoreFailure.report(err, "watch", e);
        }
    }

    private List<String> feedInput(FeedFetcher fetcher, PrintWriter err) {
        try {
            Path scratch = Files.createTempFile("wirewatch-feed-", ".xml");
            Path feedFile = fetcher.fetch(what.feed, scratch);
            if (!feedFile.equals(scratch)) Files.deleteIfExists(scratch);
            return List.of(feedFile.toString());
        } catch (IOException e) {
            err.println("error: " + e.getMessage());
            return List.of();
        }
    }

    private static String scratchPrefix() {
        return Path.of(System.getProperty("java.io.tmpdir"), "wirewatch-feed-").toString();
    }

    /**
     * Files not seen before in this run, or changed since (by size and modification time), in name order.
     * A file modified in the last two seconds may still be being written: it waits for the next look.
     */
    private List<String> newFiles(Path dir) throws IOException {
        long settled = System.currentTimeMillis() - 2000;
        List<String> fresh = new ArrayList<>();
        Path store = pipelineOptions.data.toAbsolutePath().normalize();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.filter(Files::isRegularFile).filter(p -> !p.toAbsolutePath().normalize().startsWith(store)).sorted().toList()) {
                BasicFileAttributes attrs = Files.readAttributes(p, BasicFileAttributes.class);
                if (attrs.lastModifiedTime().toMillis() > settled) continue;
                if (seen.add(p + "\t" + attrs.size() + "\t" + attrs.lastModifiedTime().toMillis())) fresh.add(p.toString());
            }
        }
        return fresh;
    }
}
