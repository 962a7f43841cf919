package org.wirewatch.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
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

    /** Every error the API gives has this one shape: {@code {"error": {"code": "not_found", "message": "…"}}}. */
    void error(Context ctx, int status, String message) {
        ctx.status(status);
        send(ctx, Map.of("error", errorBody(status, message)));
    }

    /** The {@code {"code", "message"}} object of an error answer with this status. */
    static Map<String, String> errorBody(int status, String message) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("code", code(status));
        body.put("message", message);
        return body;
    }

    /** A stable, readable code for each status the API answers with (clients switch on it, not on the message). */
    static String code(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 413 -> "body_too_large";
            case 415 -> "unsupported_media_type";
            case 421 -> "misdirected_request";
            case 429 -> "rate_limited";
            case 503 -> "read_only";
            default -> status >= 500 ? "internal_error" : "error";
        };
    }
}
