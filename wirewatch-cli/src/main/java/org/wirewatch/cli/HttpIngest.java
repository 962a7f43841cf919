package org.wirewatch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.wirewatch.core.ingest.ArticleInputs;
import org.wirewatch.core.ingest.ArticleSink;
import org.wirewatch.core.ingest.InputLimits;
import org.wirewatch.core.ingest.ReadError;
import org.wirewatch.core.model.RawArticle;

/**
 * `ingest --via URL`: reads the inputs here and sends the articles, as JSON Lines in batches under
 * the server's body limit, to a running `wirewatch serve`, which analyses and stores them (it holds
 * the index, so a local ingest would be refused).
 */
final class HttpIngest {
    /** Well under the server's default 10 MB body limit. */
    private static final int BATCH_BYTES = 4 << 20;
    private static final int BATCH_ARTICLES = 200;

    private final URI endpoint;
    private final String token;
    private final PrintWriter err;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final StringBuilder pending = new StringBuilder();
    /** The ids of the pending batch, in order: the server names a bad one by its line in the batch. */
    private final List<String> pendingIds = new java.util.ArrayList<>();
    private int pendingArticles;
    private long stored;
    private long unchanged;
    private long failed;

    /** Thrown when the server cannot be reached or refuses every request: nothing more can be sent. */
    static final class Unreachable extends IOException {
        Unreachable(String message) {
            super(message);
        }
    }

    HttpIngest(String server, String token, PrintWriter err) {
        this.endpoint = URI.create(server.replaceAll("/+$", "") + "/api/articles");
        this.token = token;
        this.err = err;
    }

    /** Sends every article of {@code inputs}; returns the summary line, failures counted in {@link #failed()}. */
    String run(List<String> inputs) throws IOException {
        try {
            new ArticleInputs(InputLimits.defaults()).read(inputs, System.in, new ArticleSink() {
                @Override
                public void article(RawArticle raw) {
                    add(raw);
                }

                @Override
                public void error(ReadError error) {
                    err.println("wirewatch ingest: " + error);
                    failed++;
                }
            });
            flush();
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        return String.format(Locale.ROOT, "wirewatch ingest: via %s: articles stored %,d, unchanged %,d, failed %,d",
                endpoint, stored, unchanged, failed);
    }

    long failed() {
        return failed;
    }

    private void add(RawArticle raw) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("id", raw.id());
        line.put("text", raw.text());
        line.put("title", raw.title());
        line.put("url", raw.url());
        line.put("lang", raw.lang());
        line.put("published", raw.published());
        line.put("source", raw.source());
        line.put("authors", raw.authors());
        try {
            String encoded = json.writeValueAsString(line);
            if (pending.length() > 0 && pending.length() + encoded.length() > BATCH_BYTES) flush();
            pending.append(encoded).append('\n');
            pendingIds.add(raw.id());
            if (++pendingArticles >= BATCH_ARTICLES) flush();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void flush() throws IOException {
        if (pendingArticles == 0) return;
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(pending.toString(), StandardCharsets.UTF_8));
        if (token != null) request.header("Authorization", "Bearer " + token);
        HttpResponse<String> reply;
        try {
            reply = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new Unreachable("cannot reach " + endpoint + " (" + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unreachable("interrupted while sending to " + endpoint);
        }
        count(reply);
        pending.setLength(0);
        pendingIds.clear();
        pendingArticles = 0;
    }

    /** "line 3: …" of the posted batch as "article ID: …". */
    private String byId(String error) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("line (\\d+): (.*)", java.util.regex.Pattern.DOTALL).matcher(error);
        if (!m.matches()) return error;
        int line = Integer.parseInt(m.group(1));
        return line >= 1 && line <= pendingIds.size() ? "article " + pendingIds.get(line - 1) + ": " + m.group(2) : error;
    }

    private void count(HttpResponse<String> reply) throws IOException {
        JsonNode body;
        try {
            body = json.readTree(reply.body());
        } catch (IOException e) {
            body = null;
        }
        int status = reply.statusCode();
        if (status == 401 || status == 403 || status == 503) {
            String why = body != null && body.has("error") ? body.get("error").path("message").asText() : "status " + status;
            throw new Unreachable(endpoint + " refused the articles: " + why);
        }
        if (body == null || !body.has("stored")) {
            String why = body != null && body.has("error") ? body.get("error").path("message").asText() : "status " + status;
            err.println("wirewatch ingest: " + endpoint + ": " + pendingArticles + " articles not stored: " + why);
            failed += pendingArticles;
            return;
        }
        stored += body.get("stored").size();
        unchanged += body.get("unchanged").size();
        for (JsonNode e : body.get("errors")) {
            err.println("wirewatch ingest: " + endpoint + ": " + byId(e.asText()));
            failed++;
        }
    }
}
