package org.wirewatch.index.alerts;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * POSTs each match of an alert with a webhook to its URL, as JSON, on a thread of its own so
 * storing articles never waits for it. A failed attempt (no answer, or a status other than 2xx) is
 * tried again after {@code first}, then twice as long each time, {@link Retry#attempts} times in
 * all; then the match is given up and written to {@code webhook-failures.log}. What was delivered
 * or given up is appended to {@code delivered/NAME.jsonl}; the rest is sent again when the store
 * next opens. A delivery is therefore at least once: a process killed after the receiver answered
 * but before that line was written sends it again, with the same {@code Idempotency-Key}
 * ({@code NAME/ARTICLE-ID}) for the receiver to drop the copy.
 */
public final class WebhookDelivery implements AutoCloseable {
    /** How often and how patiently to try; {@code closeWait}: how long closing waits for deliveries under way. */
    public record Retry(int attempts, Duration first, Duration timeout, Duration closeWait) {
        public static final Retry DEFAULT = new Retry(5, Duration.ofMillis(500), Duration.ofSeconds(10), Duration.ofSeconds(10));

        public Retry {
            if (attempts < 1) throw new IllegalArgumentException("attempts must be 1 or more, not " + attempts);
        }

        Duration delayBefore(int attempt) {
            return first.multipliedBy(1L << Math.min(20, attempt - 2));
        }
    }

    private final Path dir;
    private final Retry retry;
    private final Consumer<String> warn;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http;
    private final ScheduledExecutorService executor;
    /** Alert/article keys queued or being sent in this process, so a match is never sent twice at once. */
    private final Set<String> underWay = new HashSet<>();

    WebhookDelivery(Path alertsDir, Retry retry, Consumer<String> warn, Clock clock) {
        this.dir = alertsDir;
        this.retry = retry;
        this.warn = warn;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(retry.timeout()).followRedirects(HttpClient.Redirect.NEVER).build();
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "wirewatch-webhooks");
            t.setDaemon(true);
            return t;
        });
    }

    /** Queues the POST of {@code payload} (a match of {@code alert}) unless it was delivered or given up, or is under way. */
    synchronized void send(SavedAlert alert, String article, Map<String, Object> payload) throws IOException {
        String key = alert.name() + "/" + article;
        if (underWay.contains(key) || finished(alert.name()).contains(article)) return;
        underWay.add(key);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", key);
        body.putAll(payload);
        byte[] bytes = json.writeValueAsBytes(body);
        schedule(() -> attempt(alert, article, key, bytes, 1), Duration.ZERO, key);
    }

    /** The articles of this alert delivered or given up, by any process. */
    synchronized Set<String> finished(String alert) throws IOException {
        Set<String> done = new HashSet<>();
        try {
            for (String line : Files.readAllLines(deliveredFile(alert))) {
                try {
                    var node = json.readTree(line);
                    if (node != null && node.hasNonNull("article")) done.add(node.get("article").asText());
                } catch (IOException e) {
                    // a line a crash cut short: that delivery is sent again
                }
            }
        } catch (NoSuchFileException e) {
            return done;
        }
        return done;
    }

    private void attempt(SavedAlert alert, String article, String key, byte[] body, int attempt) {
        String failure;
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(alert.webhook())).timeout(retry.timeout())
                    .header("Content-Type", "application/json").header("Idempotency-Key", key)
                    .header("User-Agent", "wirewatch-alerts")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status / 100 == 2) {
                finish(alert.name(), article, key, "delivered");
                return;
            }
            failure = "HTTP " + status;
        } catch (IOException | IllegalArgumentException e) {
            failure = e.getClass().getSimpleName() + (e.getMessage() != null ? ": " + e.getMessage() : "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return; // closing: sent again when the store next opens
        }
        if (attempt < retry.attempts()) {
            schedule(() -> attempt(alert, article, key, body, attempt + 1), retry.delayBefore(attempt + 1), key);
        } else {
            giveUp(alert, article, key, attempt, failure);
        }
    }

    private void giveUp(SavedAlert alert, String article, String key, int attempts, String failure) {
        String line = String.format("%s alert=%s article=%s url=%s attempts=%d last=%s%n", clock.instant(), alert.name(), article,
                alert.webhook(), attempts, failure.replaceAll("\\s+", " "));
        try {
            DurableFiles.append(dir.resolve("webhook-failures.log"), line);
        } catch (IOException e) {
            warn.accept("wirewatch alerts: cannot write the webhook failure log: " + e.getMessage());
        }
        warn.accept("wirewatch alerts: webhook of alert " + alert.name() + " failed " + attempts + " times for article " + article
                + " (" + failure + "); logged in " + dir.resolve("webhook-failures.log"));
        finish(alert.name(), article, key, "failed");
    }

    private void finish(String alert, String article, String key, String outcome) {
        try {
            Map<String, String> line = new LinkedHashMap<>();
            line.put("article", article);
            line.put("outcome", outcome);
            line.put("at", clock.instant().toString());
            DurableFiles.append(deliveredFile(alert), json.writeValueAsString(line) + "\n");
        } catch (IOException e) {
            warn.accept("wirewatch alerts: cannot record the delivery of " + key + ": " + e.getMessage());
        }
        synchronized (this) {
            underWay.remove(key);
            notifyAll();
        }
    }

    private void schedule(Runnable task, Duration delay, String key) {
        try {
            executor.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closing) {
            synchronized (this) {
                underWay.remove(key); // sent when the store next opens
            }
        }
    }

    private Path deliveredFile(String alert) {
        return dir.resolve("delivered").resolve(alert + ".jsonl");
    }

    /** Waits up to {@link Retry#closeWait} for deliveries under way (retries included); what is left is sent when the store next opens. */
    @Override
    public void close() {
        long deadline = System.nanoTime() + retry.closeWait().toNanos();
        synchronized (this) {
            try {
                for (long left = retry.closeWait().toMillis(); !underWay.isEmpty() && left > 0;
                     left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())) {
                    wait(left);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        executor.shutdownNow();
    }
}
