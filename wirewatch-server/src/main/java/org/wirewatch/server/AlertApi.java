package org.wirewatch.server;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wirewatch.core.model.Article;
import org.wirewatch.index.ArticleIndex;
import org.wirewatch.index.alerts.Alerts;
import org.wirewatch.index.alerts.MatchLog;
import org.wirewatch.index.alerts.SavedAlert;

/** /api/alerts: the saved alerts, and each one's matches as JSON (paged, newest first) or as an Atom feed (NAME.atom). */
final class AlertApi {
    private static final String ATOM_SUFFIX = ".atom";

    private final ArticleIndex index;
    /** Null: this server keeps no alerts (started without a data directory's). */
    private final Alerts alerts;
    private final ServerSettings settings;
    private final JsonReplies replies;

    AlertApi(ArticleIndex index, Alerts alerts, ServerSettings settings, JsonReplies replies) {
        this.index = index;
        this.alerts = alerts;
        this.settings = settings;
        this.replies = replies;
    }

    void list(Context ctx) throws IOException {
        List<Map<String, Object>> items = new ArrayList<>();
        if (alerts != null) {
            for (SavedAlert a : alerts.book().list()) {
                Map<String, Object> item = describe(a);
                item.put("matches", alerts.matches().read(a.name()).size());
                items.add(item);
            }
        }
        replies.send(ctx, Listing.page(items, Paging.of(ctx, settings.maxPageSize())));
    }

    void show(Context ctx) throws IOException {
        String name = ctx.pathParam("name");
        boolean atom = name.endsWith(ATOM_SUFFIX);
        if (atom) name = name.substring(0, name.length() - ATOM_SUFFIX.length());
        SavedAlert alert = find(name);
        List<MatchLog.Match> newestFirst = new ArrayList<>(alerts.matches().read(alert.name()));
        java.util.Collections.reverse(newestFirst);
        Paging paging = Paging.of(ctx, settings.maxPageSize());
        Listing<MatchLog.Match> page = Listing.page(newestFirst, paging);
        List<AtomFeed.Entry> entries = new ArrayList<>();
        for (MatchLog.Match m : page.items()) entries.add(new AtomFeed.Entry(m, index.get(m.article()).orElse(null)));
        if (atom) {
            ctx.contentType("application/atom+xml; charset=utf-8").result(AtomFeed.of(alert, entries, base(ctx)));
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("alert", describe(alert));
        body.put("total", page.total());
        body.put("items", entries.stream().map(AlertApi::item).toList());
        replies.send(ctx, body);
    }

    private SavedAlert find(String name) throws IOException {
        if (alerts == null) throw new NotFoundResponse("no alert named " + name);
        return alerts.book().get(name).orElseThrow(() -> new NotFoundResponse("no alert named " + name));
    }

    private static Map<String, Object> item(AtomFeed.Entry e) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("article_id", e.match().article());
        item.put("matched", e.match().matched());
        Article a = e.article();
        item.put("title", a == null ? null : a.title());
        item.put("lang", a == null ? null : a.lang());
        item.put("published", a == null ? null : a.published());
        item.put("source", a == null ? null : a.source());
        item.put("url", a == null ? null : a.url());
        return item;
    }

    /** What a client may see of an alert: not the webhook URL (it may carry a secret), only whether there is one. */
    private static Map<String, Object> describe(SavedAlert a) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("name", a.name());
        d.put("query", a.query());
        d.put("entity", a.entity());
        d.put("category", a.category());
        d.put("lang", a.lang());
        d.put("webhook", a.webhook() != null);
        d.put("created", a.created());
        d.put("feed", "/api/alerts/" + a.name() + ATOM_SUFFIX);
        return d;
    }

    /** This server as the client reached it; the Host header was checked against the server's names (RequestGuard). */
    private static String base(Context ctx) {
        return ctx.scheme() + "://" + ctx.host();
    }
}
