package org.wirewatch.server;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import org.wirewatch.index.SearchRequest;

/** The offset and limit of a list request, checked and capped so no request can ask for too much. */
record Paging(int offset, int limit) {
    static final int DEFAULT_LIMIT = 20;

    static Paging of(Context ctx, int maxPageSize) {
        return of(ctx, maxPageSize, DEFAULT_LIMIT);
    }

    /** With another default page size (a story's timeline shows more at once). */
    static Paging of(Context ctx, int maxPageSize, int defaultLimit) {
        int offset = number(ctx, "offset", 0);
        int limit = number(ctx, "limit", Math.min(defaultLimit, maxPageSize));
        if (offset < 0 || limit < 0) throw new BadRequestResponse("offset and limit must be 0 or more");
        if (limit > maxPageSize) throw new BadRequestResponse("limit may be at most " + maxPageSize);
        if (offset + limit > SearchRequest.MAX_WINDOW) throw new BadRequestResponse("offset + limit may be at most " + SearchRequest.MAX_WINDOW);
        return new Paging(offset, limit);
    }

    private static int number(Context ctx, String name, int fallback) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) return fallback;
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new BadRequestResponse(name + " must be a whole number, not '" + value + "'");
        }
    }
}
