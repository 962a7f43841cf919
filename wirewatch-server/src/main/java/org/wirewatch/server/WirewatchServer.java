package org.wirewatch.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import org.wirewatch.core.app.Wirewatch;
import org.wirewatch.core.kb.KnowledgeBase;
import org.wirewatch.core.linguistics.names.NameKeys;
import org.wirewatch.core.output.ArticleJson;
import org.wirewatch.core.output.LanguageRows;
import org.wirewatch.core.pipeline.Pipeline;
import org.wirewatch.index.BadQueryException;
import org.wirewatch.index.StoredStories;
import org.wirewatch.index.ArticleIndex;
import org.wirewatch.index.alerts.Alerts;

/**
 * The HTTP API (/api/…, described at /api/openapi.json) and the web UI's static pages, in one
 * process over one index. Every answer carries a Content-Security-Policy that allows only this
 * server's own scripts and styles, so article text can never run as code even if a page slipped.
 */
public final class WirewatchServer implements AutoCloseable {
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
            + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private final Javalin app;
    private final ServerSettings settings;
    private final ArticleApi articles;

    private WirewatchServer(Javalin app, ServerSettings settings, ArticleApi articles) {
        this.app = app;
        this.settings = settings;
        this.articles = articles;
    }

    /**
     * Starts serving; {@link #port()} tells the port when 0 (any free port) was asked for. Articles
     * posted to the API are placed in {@code stories}, the stories ingest keeps beside the index
     * (null only for a read-only index, which refuses posts). Posts are analysed, entities resolved
     * and names keyed by {@code wirewatch}, so the server shares the dictionaries and knowledge base
     * of the process that started it.
     */
    public static WirewatchServer start(ServerSettings settings, ArticleIndex index, StoredStories stories, Wirewatch wirewatch) {
        return start(settings, index, stories, null, wirewatch);
    }

    /**
     * As above; a server over a read-only index (stories null) tries {@code later} on each POST and
     * takes over writing once the process that held the index has exited.
     */
    public static WirewatchServer start(ServerSettings settings, ArticleIndex index, StoredStories stories, WriterSource later,
                                        Wirewatch wirewatch) {
        return start(settings, index, stories, later, wirewatch, null);
    }

    /**
     * As above, with the saved alerts of the data directory ({@code alerts}; null for none): articles
     * posted are matched against them, and /api/alerts serves their matches. The caller closes them.
     */
    public static WirewatchServer start(ServerSettings settings, ArticleIndex index, StoredStories stories, WriterSource later,
                                        Wirewatch wirewatch, Alerts alerts) {
        Pipeline pipeline = wirewatch.pipeline();
        KnowledgeBase kb = wirewatch.resources().knowledgeBase();
        JsonReplies replies = new JsonReplies(new ArticleJson());
        ArticleApi articles = new ArticleApi(index, stories, later, pipeline, settings, replies, alerts);
        AlertApi alertApi = new AlertApi(index, alerts, settings, replies);
        NameKeys keys = wirewatch.nameKeys();
        EventViews events = new EventViews(index, kb, keys);
        StoryViews storyViews = new StoryViews(index, events, StoryMerges.of(stories), kb);
        BrowseApi browse = new BrowseApi(index, storyViews, new EntityPages(index, kb, keys, events), events, settings, replies);
        EntityDetailsApi entityDetails = new EntityDetailsApi(index, kb, keys, RoleLabels.of(wirewatch.resources().packs()),
                storyViews::survivor, settings, replies);
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = settings.maxRequestBytes();
            config.http.generateEtags = true;
            config.staticFiles.enableWebjars();   // the charts' library (uPlot) from its WebJar, /webjars/uplot/…
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/org/wirewatch/server/web";
                files.location = Location.CLASSPATH;
            });
        });
        app.before(WirewatchServer::securityHeaders);
        app.before("/api/*", WirewatchServer::cacheHeaders);
        app.before(new RequestGuard(settings)::check);
        app.before(new ClientRateLimiter(settings.rateLimits())::check);
        app.get("/api/articles", articles::list);
        app.get("/api/articles/{id}", articles::one);
        app.get("/api/articles/{id}/sentiment", new SpanSentimentApi(index, pipeline, replies)::ask);
        app.post("/api/articles", articles::ingest);
        app.get("/api/search", browse::search);
        app.get("/api/stories", browse::storyList);
        app.get("/api/stories/{id}", browse::story);
        app.get("/api/entities/{id}", browse::entity);
        app.get("/api/entities/{id}/roles", entityDetails::roles);
        app.get("/api/entities/{id}/quotes", entityDetails::quotes);
        app.get("/api/entities/{id}/entities", entityDetails::entities);
        app.get("/api/entities/{id}/stories", entityDetails::stories);
        app.get("/api/trend", browse::trend);
        app.get("/api/quotes", browse::quotes);
        app.get("/api/events", browse::events);
        app.get("/api/map", new PlaceMaps(index, kb, replies)::map);
        app.get("/api/alerts", alertApi::list);
        app.get("/api/alerts/{name}", alertApi::show);
        app.get("/api/languages", ctx -> replies.send(ctx, LanguageRows.of(pipeline.languageSupport())));
        app.get("/api/openapi.json", WirewatchServer::openApi);
        app.exception(HttpResponseException.class, (e, ctx) -> replies.error(ctx, e.getStatus(), e.getMessage()));
        app.exception(BadQueryException.class, (e, ctx) -> replies.error(ctx, 400, e.getMessage()));
        app.exception(IllegalArgumentException.class, (e, ctx) -> replies.error(ctx, 400, e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> {
            // the client gets no internals; the operator's console gets the whole story
            System.err.println("wirewatch serve: " + ctx.method() + " " + ctx.path() + " failed");
            e.printStackTrace();
            replies.error(ctx, 500, "internal error: " + e.getClass().getSimpleName());
        });
        app.error(404, ctx -> {
            if (ctx.path().startsWith("/api/") && ctx.result() == null) replies.error(ctx, 404, "not found: " + ctx.path());
        });
        app.error(405, ctx -> {
            if (ctx.path().startsWith("/api/")) replies.error(ctx, 405, ctx.method() + " is not allowed on " + ctx.path());
        });
        app.start(settings.host(), settings.port());
        return new WirewatchServer(app, settings, articles);
    }

    /**
     * Reads may be kept by a client but must be checked again each time (the index changes with
     * every commit); the ETag Javalin computes from the answer (generateEtags) turns an unchanged
     * answer into a 304 without a body.
     */
    private static void cacheHeaders(Context ctx) {
        if (ctx.method() == io.javalin.http.HandlerType.GET) ctx.header("Cache-Control", "no-cache");
        else ctx.header("Cache-Control", "no-store");
    }

    private static void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
    }

    private static void openApi(Context ctx) throws IOException {
        try (InputStream in = WirewatchServer.class.getResourceAsStream("openapi.json")) {
            ctx.contentType("application/json; charset=utf-8").result(in.readAllBytes());
        }
    }

    public int port() {
        return app.port();
    }

    public String url() {
        String host = settings.host().contains(":") ? "[" + settings.host() + "]" : settings.host();
        return "http://" + host + ":" + port();
    }

    /** Blocks the calling thread until the server stops (e.g. on Ctrl-C). */
    public void awaitStop() throws InterruptedException {
        app.jettyServer().server().join();
    }

    @Override
    public void close() {
        app.stop();
        try {
            articles.close();
        } catch (IOException e) {
            System.err.println("wirewatch serve: closing the index: " + e.getMessage());
        }
    }
}
