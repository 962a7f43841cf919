package org.wirewatch.index.alerts;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The articles each alert matched, one JSON line per match in {@code DIR/NAME.jsonl}, appended and
 * forced to disk. Keyed by alert and article id: recording a match already there changes nothing,
 * so a commit's matches may be recorded again after a crash without duplicates. A line a crash cut
 * short is skipped when read. Thread-safe; other processes may append between calls (each call
 * reads the file again when its length changed).
 */
public final class MatchLog {
    /** One match: the article and when it was recorded (ISO-8601 instant). */
    public record Match(String article, String matched) { }

    private record Cached(long length, Map<String, Match> byArticle) { }

    private final Path dir;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, Cached> cache = new HashMap<>();

    MatchLog(Path dir) {
        this.dir = dir;
    }

    /** Records the articles not recorded yet for this alert, in the order given; returns those newly recorded. */
    public synchronized List<Match> record(String alert, List<String> articles, Instant at) throws IOException {
        Map<String, Match> known = byArticle(alert);
        List<Match> added = new ArrayList<>();
        StringBuilder lines = new StringBuilder();
        for (String article : articles) {
            if (known.containsKey(article) || added.stream().anyMatch(m -> m.article().equals(article))) continue;
            Match m = new Match(article, at.toString());
            added.add(m);
            lines.append(json.writeValueAsString(m)).append('\n');
        }
        if (!added.isEmpty()) DurableFiles.append(file(alert), lines.toString());
        return added;
    }

    /** The alert's matches, oldest first, each article once. */
    public synchronized List<Match> read(String alert) throws IOException {
        return List.copyOf(byArticle(alert).values());
    }

    /** Forgets the alert's matches (when it is removed). */
    public synchronized void delete(String alert) throws IOException {
        cache.remove(alert);
        DurableFiles.delete(file(alert));
    }

    private Map<String, Match> byArticle(String alert) throws IOException {
        Path file = file(alert);
        long length = Files.exists(file) ? Files.size(file) : 0;
        Cached cached = cache.get(alert);
        if (cached == null || cached.length() != length) {
            cached = new Cached(length, load(file));
            cache.put(alert, cached);
        }
        return cached.byArticle();
    }

    private Map<String, Match> load(Path file) throws IOException {
        Map<String, Match> out = new LinkedHashMap<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (NoSuchFileException e) {
            return out;
        }
        for (String line : lines) {
            if (line.isBlank()) continue;
            try {
                Match m = json.readValue(line, Match.class);
                if (m.article() != null) out.putIfAbsent(m.article(), m);
            } catch (IOException e) {
                // a line cut short by a crash: its match is recorded again from the pending commit
            }
        }
        return out;
    }

    private Path file(String alert) {
        return dir.resolve(alert + ".jsonl");
    }
}
