package org.wirewatch.server;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.wirewatch.core.query.EventSearch;
import org.wirewatch.index.SearchRequest;

/** The filters a list or search request may carry: q, lang, from, to, entity, source, story, speaker, event_type, category. */
final class Filters {
    private Filters() {}

    static SearchRequest of(Context ctx) {
        return new SearchRequest(blankToNull(ctx.queryParam("q")), blankToNull(ctx.queryParam("lang")), date(ctx, "from"), date(ctx, "to"),
                blankToNull(ctx.queryParam("entity")), blankToNull(ctx.queryParam("source")), blankToNull(ctx.queryParam("story")),
                blankToNull(ctx.queryParam("speaker")), blankToNull(ctx.queryParam("event_type")), 0, 0, expand(ctx), blankToNull(ctx.queryParam("category")));
    }

    /** expand=false searches the query's words alone; names otherwise also match their entity in every script. */
    private static boolean expand(Context ctx) {
        String value = blankToNull(ctx.queryParam("expand"));
        if (value == null || value.equals("true")) return true;
        if (value.equals("false")) return false;
        throw new BadRequestResponse("expand must be true or false, not '" + value + "'");
    }

    /** The filters of /api/events: type, entity, and from/to on the event's own date. */
    static EventSearch.Filter events(Context ctx) {
        LocalDate from = date(ctx, "from");
        LocalDate to = date(ctx, "to");
        return new EventSearch.Filter(blankToNull(ctx.queryParam("type")), blankToNull(ctx.queryParam("entity")),
                from == null ? null : from.toString(), to == null ? null : to.toString());
    }

    private static LocalDate date(Context ctx, String name) {
        String value = blankToNull(ctx.queryParam(name));
        if (value == null) return null;
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadRequestResponse(name + " must be a date like 2024-11-13, not '" + value + "'");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
