package org.wirewatch.server;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a request body up to a limit from the stream itself, so a chunked upload (no Content-Length,
 * which is all Javalin's own limit looks at) is refused with 413 as soon as it passes the limit
 * instead of being buffered whole.
 */
final class BoundedBody {
    private BoundedBody() {}

    static byte[] read(Context ctx, long limit) throws IOException {
        long declared = ctx.contentLength();
        if (declared > limit) throw tooLarge(limit);
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (body.length > limit) throw tooLarge(limit);
            return body;
        }
    }

    private static HttpResponseException tooLarge(long limit) {
        return new HttpResponseException(413, "request body over the server's limit of " + limit + " bytes; send fewer articles per request");
    }
}
