package org.wirewatch.index.alerts;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The saved alerts of a data directory, {@code DATA/alerts/alerts.json}: read afresh on every
 * call (so {@code wirewatch alert add} reaches a running server or watch at its next commit) and
 * replaced whole, atomically, on every change. Thread-safe.
 */
public final class AlertBook {
    static final String FILE = "alerts.json";
    private static final TypeReference<List<SavedAlert>> LIST = new TypeReference<>() { };

    private final Path file;
    private final ObjectMapper json;

    AlertBook(Path alertsDir) {
        this.file = alertsDir.resolve(FILE);
        this.json = mapper();
    }

    /** The alerts, by name. A broken file is an error naming it. */
    public synchronized List<SavedAlert> list() throws IOException {
        String content;
        try {
            content = Files.readString(file);
        } catch (NoSuchFileException e) {
            return List.of();
        }
        try {
            List<SavedAlert> alerts = new ArrayList<>(json.readValue(content, LIST));
            alerts.sort(Comparator.comparing(SavedAlert::name));
            return List.copyOf(alerts);
        } catch (IOException | IllegalArgumentException e) {
            throw new IOException("cannot read the saved alerts " + file + ": " + e.getMessage(), e);
        }
    }

    public Optional<SavedAlert> get(String name) throws IOException {
        return list().stream().filter(a -> a.name().equals(name)).findFirst();
    }

    /** Saves a new alert; one of the same name is an error. */
    public synchronized void add(SavedAlert alert) throws IOException {
        List<SavedAlert> alerts = new ArrayList<>(list());
        if (alerts.stream().anyMatch(a -> a.name().equals(alert.name()))) {
            throw new IllegalArgumentException("an alert named " + alert.name() + " exists already (remove it first)");
        }
        alerts.add(alert);
        save(alerts);
    }

    /** Removes the alert (its recorded matches stay on disk until it is added again); false if there was none. */
    public synchronized boolean remove(String name) throws IOException {
        List<SavedAlert> alerts = new ArrayList<>(list());
        boolean removed = alerts.removeIf(a -> a.name().equals(name));
        if (removed) save(alerts);
        return removed;
    }

    private void save(List<SavedAlert> alerts) throws IOException {
        DurableFiles.replace(file, json.writerWithDefaultPrettyPrinter().writeValueAsString(alerts) + "\n");
    }

    static ObjectMapper mapper() {
        return new ObjectMapper();
    }
}
