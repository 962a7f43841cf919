package org.wirewatch.server;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wirewatch.core.app.SpanQuestions;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.pipeline.Pipeline;
import org.wirewatch.index.ArticleIndex;

/**
 * /api/articles/{id}/sentiment: how a stored article portrays any span a user names, not only
 * the mentions the recogniser found: {@code ?span=the minister} (every occurrence, ignoring case)
 * or {@code ?start=S&end=E} (characters of the article's text).
 */
final class SpanSentimentApi {
    private final ArticleIndex index;
    private final Pipeline pipeline;
    private final JsonReplies replies;

    SpanSentimentApi(ArticleIndex index, Pipeline pipeline, JsonReplies replies) {
        this.index = index;
        this.pipeline = pipeline;
        this.replies = replies;
    }

    void ask(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        Article article = index.get(id).orElseThrow(() -> new NotFoundResponse("no article with id " + id));
        List<int[]> spans = spans(ctx, article.text());
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("id", article.id());
        reply.put("lang", article.lang());
        reply.put("spans", SpanQuestions.ask(pipeline, article, spans));
        replies.send(ctx, reply);
    }

    private static List<int[]> spans(Context ctx, String text) {
        String phrase = ctx.queryParam("span");
        String start = ctx.queryParam("start"), end = ctx.queryParam("end");
        if (phrase != null && (start != null || end != null)) throw new BadRequestResponse("give either span or start and end, not both");
        if (phrase != null) return SpanQuestions.occurrences(text, phrase);
        if (start == null || end == null) throw new BadRequestResponse("give span=PHRASE, or start and end (characters of the article's text)");
        return List.of(SpanQuestions.span(text, number("start", start), number("end", end)));
    }

    private static int number(String name, String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new BadRequestResponse(name + " is not a whole number: " + value);
        }
    }
}
