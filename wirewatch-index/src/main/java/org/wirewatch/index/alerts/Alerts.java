package org.wirewatch.index.alerts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.wirewatch.core.model.Article;
import org.wirewatch.index.ArticleIndex;
import org.wirewatch.index.CommitHook;

/**
 * The saved alerts of one data directory ({@code DATA/alerts}) and what keeps them in step with the
 * store. Hooked into {@link org.wirewatch.index.ArticleStore}'s commits: before the index commits,
 * the ids about to be committed are written down ({@code pending.ids}, fsynced); after it, each alert's
 * query is run over those articles, the matches are recorded ({@link MatchLog}, keyed by alert and
 * article id) and the file is deleted. A crash in between leaves the file, and the next writable
 * store to open matches it again ({@link #opened}): at least once, and never twice, since recording
 * a match already recorded changes nothing. Ids of a commit that never happened are not in the
 * index and match nothing; ingesting them again records them then.
 */
public final class Alerts implements CommitHook, AutoCloseable {
    static final String PENDING = "pending.ids";

    private final Path dir;
    private final AlertBook book;
    private final MatchLog matches;
    private final WebhookDelivery webhooks;
    private final Consumer<String> warn;
    private final Clock clock;

    private Alerts(Path dir, WebhookDelivery.Retry retry, Consumer<String> warn, Clock clock) {
        this.dir = dir;
        this.book = new AlertBook(dir);
        this.matches = new MatchLog(dir.resolve("matches"));
        this.webhooks = new WebhookDelivery(dir, retry, warn, clock);
        this.warn = warn;
        this.clock = clock;
    }

    /** The alerts under {@code dataDir}/alerts; problems that do not stop storing (a webhook failing) are told to {@code warn}. */
    public static Alerts open(Path dataDir, Consumer<String> warn) {
        return open(dataDir, WebhookDelivery.Retry.DEFAULT, warn, Clock.systemUTC());
    }

    public static Alerts open(Path dataDir, WebhookDelivery.Retry retry, Consumer<String> warn, Clock clock) {
        return new Alerts(dataDir.resolve("alerts"), retry, warn, clock);
    }

    public AlertBook book() {
        return book;
    }

    public MatchLog matches() {
        return matches;
    }

    /** Removes the alert with its recorded matches and deliveries; false if there was none. */
    public synchronized boolean remove(String name) throws IOException {
        boolean removed = book.remove(name);
        if (removed) {
            matches.delete(name);
            DurableFiles.delete(dir.resolve("delivered").resolve(name + ".jsonl"));
        }
        return removed;
    }

    /** Matches what a crash left pending, and sends the webhooks not delivered yet. */
    @Override
    public synchronized void opened(ArticleIndex index) throws IOException {
        List<String> left = pending();
        if (!left.isEmpty()) {
            match(index, left);
            DurableFiles.delete(dir.resolve(PENDING));
        }
        for (SavedAlert alert : book.list()) {
            if (alert.webhook() == null) continue;
            Set<String> done = webhooks.finished(alert.name());
            for (MatchLog.Match m : matches.read(alert.name())) {
                if (!done.contains(m.article())) deliver(index, alert, m);
            }
        }
    }

    @Override
    public synchronized void beforeCommit(List<String> ids) throws IOException {
        if (book.list().isEmpty()) return;
        Set<String> all = new LinkedHashSet<>(pending());
        all.addAll(ids);
        DurableFiles.replace(dir.resolve(PENDING), String.join("\n", all) + "\n");
    }

    @Override
    public synchronized void afterCommit(ArticleIndex index, List<String> ids) {
        try {
            Set<String> all = new LinkedHashSet<>(pending());
            if (all.isEmpty()) return; // no alerts when the commit began
            all.addAll(ids);
            match(index, new ArrayList<>(all));
            DurableFiles.delete(dir.resolve(PENDING));
        } catch (IOException | RuntimeException e) {
            // the articles are stored; pending.ids stays, so the next commit or start matches them again
            warn.accept("wirewatch alerts: cannot match the articles just committed (tried again at the next commit): " + e.getMessage());
        }
    }

    /** Records each alert's matches among {@code ids} (committed articles) and queues their webhooks. */
    private void match(ArticleIndex index, List<String> ids) throws IOException {
        for (SavedAlert alert : book.list()) {
            Set<String> hits = index.matchingIds(alert.request(), ids);
            List<String> ordered = ids.stream().filter(hits::contains).toList();
            List<MatchLog.Match> added = matches.record(alert.name(), ordered, clock.instant());
            if (alert.webhook() != null) for (MatchLog.Match m : added) deliver(index, alert, m);
        }
    }

    private void deliver(ArticleIndex index, SavedAlert alert, MatchLog.Match m) throws IOException {
        Article a = index.get(m.article()).orElse(null);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("alert", alert.name());
        payload.put("matched", m.matched());
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("id", m.article());
        if (a != null) {
            article.put("title", a.title());
            article.put("lang", a.lang());
            article.put("published", a.published());
            article.put("source", a.source());
            article.put("url", a.url());
        }
        payload.put("article", article);
        webhooks.send(alert, m.article(), payload);
    }

    private List<String> pending() throws IOException {
        try {
            return Files.readAllLines(dir.resolve(PENDING)).stream().filter(s -> !s.isBlank()).toList();
        } catch (NoSuchFileException e) {
            return List.of();
        }
    }

    /** Waits a little for webhooks under way (see {@link WebhookDelivery#close}). */
    @Override
    public void close() {
        webhooks.close();
    }
}
