package org.wirewatch.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Brings a feed the user named to a local file the readers understand: an http(s) address is
 * downloaded (bounded in size and time), anything else is taken as a file path.
 */
final class FeedFetcher {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20))
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private final long maxBytes;

    FeedFetcher(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The feed as a file: the given file itself, or a download into {@code scratch}. */
    Path fetch(String feed, Path scratch) throws IOException {
        if (!feed.startsWith("http://") && !feed.startsWith("https://")) return Path.of(feed);
        HttpRequest request = HttpRequest.newBuilder(URI.create(feed)).timeout(Duration.ofSeconds(60))
                .header("User-Agent", "wirewatch-watch").GET().build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) throw new IOException(feed + ": HTTP " + response.statusCode());
                byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                if (bytes.length > maxBytes) throw new IOException(feed + ": larger than " + maxBytes + " bytes");
                Files.write(scratch, bytes);
                return scratch;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(feed + ": interrupted", e);
        }
    }
}
