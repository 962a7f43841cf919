package org.wirewatch.core.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Quote cues read from a bundled {@code <language>.quotes} word list, so that linguists edit
 * words rather than code. Sections: {@code [verb]} exact forms, {@code [stem]} prefixes (for
 * the inflected Slavic verbs), {@code [pronoun]}, {@code [connector]}, {@code [gap]} and
 * {@code [source]} (one phrase a line). Immutable once built.
 */
abstract class ListedQuoteCues implements QuoteCues {
    private final Set<String> verbs;
    private final List<String> stems;
    private final Set<String> pronouns;
    private final Set<String> connectors;
    private final Set<String> gaps;
    private final Set<String> coordinators;
    private final Set<String> offices;
    private final Set<String> channels;
    private final Set<String> possessives;
    private final List<List<String>> sources;

    ListedQuoteCues(String file) {
        Map<String, List<String>> sections = read(file);
        verbs = Set.copyOf(sections.getOrDefault("verb", List.of()));
        stems = List.copyOf(sections.getOrDefault("stem", List.of()));
        pronouns = Set.copyOf(sections.getOrDefault("pronoun", List.of()));
        connectors = Set.copyOf(sections.getOrDefault("connector", List.of()));
        gaps = Set.copyOf(sections.getOrDefault("gap", List.of()));
        coordinators = Set.copyOf(sections.getOrDefault("coordinator", List.of()));
        offices = Set.copyOf(sections.getOrDefault("office", List.of()));
        channels = Set.copyOf(sections.getOrDefault("channel", List.of()));
        possessives = Set.copyOf(sections.getOrDefault("possessive", List.of()));
        List<List<String>> phrases = new ArrayList<>();
        for (String line : sections.getOrDefault("source", List.of())) phrases.add(List.of(line.split("\\s+")));
        sources = List.copyOf(phrases);
    }

    @Override public boolean isSpeechVerb(String w) {
        if (verbs.contains(w)) return true;
        for (String stem : stems) if (w.startsWith(stem)) return true;
        return false;
    }
    @Override public boolean isPronoun(String w) { return pronouns.contains(w); }
    @Override public boolean isConnector(String w) { return connectors.contains(w); }
    @Override public boolean isGap(String w) { return gaps.contains(w); }
    @Override public boolean isCoordinator(String w) { return coordinators.contains(w); }
    @Override public boolean isOffice(String w) { return offices.contains(w); }
    @Override public boolean isChannel(String w) { return channels.contains(w); }
    @Override public boolean isPossessive(String w) { return possessives.contains(w); }
    @Override public List<List<String>> sourcePhrases() { return sources; }

    /** Words per section; source phrases stay whole lines. A missing file is a build error. */
    private static Map<String, List<String>> read(String file) {
        Map<String, List<String>> sections = new HashMap<>();
        try (InputStream in = ListedQuoteCues.class.getResourceAsStream(file)) {
            if (in == null) throw new IllegalStateException("quote cues missing from the classpath: " + file);
            List<String> current = null;
            String name = null;
            Set<String> seen = new HashSet<>();
            for (String raw : new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList()) {
                int hash = raw.indexOf('#');
                String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip().toLowerCase(Locale.ROOT);
                if (line.isEmpty()) continue;
                if (line.startsWith("[") && line.endsWith("]")) {
                    name = line.substring(1, line.length() - 1);
                    if (!seen.add(name)) throw new IllegalStateException(file + ": section repeated: " + line);
                    current = sections.computeIfAbsent(name, k -> new ArrayList<>());
                    continue;
                }
                if (current == null) throw new IllegalStateException(file + ": entry before any [section]: " + line);
                if (name.equals("source")) current.add(line);
                else current.addAll(List.of(line.split("\\s+")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read quote cues " + file, e);
        }
        return sections;
    }
}
