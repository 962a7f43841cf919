package org.wirewatch.server;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.ServiceUnavailableResponse;
import io.javalin.http.UnauthorizedResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wirewatch.core.ingest.ArticleInputs;
import org.wirewatch.core.ingest.ArticleSink;
import org.wirewatch.core.ingest.InputLimits;
import org.wirewatch.core.ingest.ReadError;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.RawArticle;
import org.wirewatch.core.pipeline.AnalysedArticle;
import org.wirewatch.core.pipeline.Pipeline;
import org.wirewatch.index.ArticleStore;
import org.wirewatch.index.CommitHook;
import org.wirewatch.index.IndexLockedException;
import org.wirewatch.index.StoredStories;
import org.wirewatch.index.ArticleIndex;

/** /api/articles: list, one record, and ingest (POST, guarded by the token unless the server is loopback-only). */
final class ArticleApi {
    /** What a 503 tells clients to wait while another process writes the index (it may hold it for a while). */
    static final int READ_ONLY_RETRY_SECONDS = 10;

    private final ArticleIndex index;
    /** Null while the index is read-only (another process writes it). */
    private ArticleStore store;
    /** How to become writable once the other writer exits; null: never. */
    private final WriterSource later;
    /** The index this server opened for writing after starting read-only, closed with the server. */
    private ArticleIndex taken;
    private final Pipeline pipeline;
    private final ServerSettings settings;
    private final JsonReplies replies;

    /** Told of each commit's new articles: the saved alerts (CommitHook.NONE without). */
    private final CommitHook alerts;

    ArticleApi(ArticleIndex index, StoredStories stories, WriterSource later, Pipeline pipeline, ServerSettings settings,
               JsonReplies replies, CommitHook alerts) {
        this.index = index;
        this.alerts = alerts != null ? alerts : CommitHook.NONE;
        this.store = index.writable() && stories != null ? store(index, stories, pipeline) : null;
        this.later = later;
        this.pipeline = pipeline;
        this.settings = settings;
        this.replies = replies;
    }

    void list(Context ctx) throws IOException {
        Paging paging = Paging.of(ctx, settings.maxPageSize());
        var result = index.page(Filters.of(ctx).page(paging.offset(), paging.limit()));
        replies.send(ctx, new Listing<>(result.total(), result.hits().stream().map(h -> h.article()).toList()));
    }

    void one(Context ctx) throws IOException {
        Article a = index.get(ctx.pathParam("id")).orElseThrow(() -> new NotFoundResponse("no article with id " + ctx.pathParam("id")));
        replies.send(ctx, a);
    }

    /** Body: one article object or JSON Lines, under the rules of the JSONL reader; 400 naming the field at fault when nothing is usable. */
    void ingest(Context ctx) throws IOException {
        authorise(ctx);
        ArticleStore store = store();
        if (store == null) {
            ctx.header("Retry-After", String.valueOf(READ_ONLY_RETRY_SECONDS));
            throw new ServiceUnavailableResponse("another process (wirewatch ingest or watch) is writing the index; ingest through it");
        }
        List<String> errors = new ArrayList<>();
        List<AnalysedArticle> analysed = new ArrayList<>();
        byte[] body = BoundedBody.read(ctx, settings.maxRequestBytes());
        new ArticleInputs(InputLimits.defaults()).readJson(body, "request body", new ArticleSink() {
            @Override
            public void article(RawArticle raw) {
                analysed.add(pipeline.analysis(raw));
            }

            @Override
            public void error(ReadError error) {
                errors.add(error.where().position() == null ? error.message() : error.where().position() + ": " + error.message());
            }
        });
        ArticleStore.Stored result = store.ingestAnalysed(analysed);
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("stored", result.stored());
        reply.put("unchanged", result.unchanged());
        reply.put("errors", errors);
        int status = errors.isEmpty() || !analysed.isEmpty() ? (result.stored().isEmpty() ? 200 : 201) : 400;
        if (status == 400) reply.put("error", JsonReplies.errorBody(400, "no usable article: " + errors.get(0)));
        ctx.status(status);
        replies.send(ctx, reply);
    }

    /** The store, taking the writer lock if the process that held it has exited; null while it is held. */
    private synchronized ArticleStore store() throws IOException {
        if (store == null && later != null) {
            try {
                WriterSource.Writer writer = later.open();
                taken = writer.index();
                store = store(writer.index(), writer.stories(), pipeline);
                System.err.println("wirewatch serve: the other writer has exited; ingest over HTTP enabled");
            } catch (IndexLockedException stillHeld) {
                return null;
            }
        }
        return store;
    }

    private ArticleStore store(ArticleIndex writable, StoredStories stories, Pipeline pipeline) {
        try {
            return new ArticleStore(writable, stories, pipeline::redate, alerts);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot catch up the saved alerts: " + e.getMessage(), e);
        }
    }

    synchronized void close() throws IOException {
        if (taken != null) taken.close();
    }

    /** The credentials of a Bearer header; the scheme name is case-insensitive (RFC 7235), the token is not. */
    static String bearerToken(String header) {
        if (header == null) return null;
        String h = header.strip();
        int space = h.indexOf(' ');
        if (space < 0 || !h.substring(0, space).equalsIgnoreCase("Bearer")) return null;
        return h.substring(space + 1).strip();
    }

    private void authorise(Context ctx) {
        if (settings.token() == null) {
            if (settings.loopbackOnly()) return;
            throw new ForbiddenResponse("ingest over HTTP needs api.token in the server configuration when the server is reachable from other machines");
        }
        String given = bearerToken(ctx.header("Authorization"));
        if (given == null || !MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), settings.token().getBytes(StandardCharsets.UTF_8))) {
            throw new UnauthorizedResponse("a valid 'Authorization: Bearer TOKEN' header is required");
        }
    }
}
