package org.wirewatch.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.http.Context;
import java.util.Map;
import org.wirewatch.core.output.ArticleJson;

/** Writes answers as JSON with the article record's conventions (snake_case, nulls written out). */
final class JsonReplies {
    private final ArticleJson json;

    JsonReplies(ArticleJson json) {
        this.json = json;
    }

    void send(Context ctx, Object body) {
        try {
            ctx.contentType("application/json; charset=utf-8").result(json.mapper().writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + body.getClass().getSimpleName(), e);
        }
    }

    void error(Context ctx, int status, String message) {
        ctx.status(status);
        send(ctx, Map.of("error", message));
    }
}
