package org.wirewatch.core.linguistics.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The parsed content of a bundled {@code <language>.abbrev} file: sections {@code [title]},
 * {@code [abbreviation]} and {@code [starter]}, entries separated by spaces or line breaks,
 * {@code #} starts a comment. Immutable.
 */
record SentenceRulesFile(AbbreviationSet titles, AbbreviationSet abbreviations, Set<String> starters) {

    static final SentenceRulesFile EMPTY =
            new SentenceRulesFile(new AbbreviationSet(List.of()), new AbbreviationSet(List.of()), Set.of());

    /** Reads the file shipped in the jar; a missing or malformed file is a build error and fails loudly. */
    static SentenceRulesFile load(String language) {
        String file = language + ".abbrev";
        try (InputStream in = SentenceRulesFile.class.getResourceAsStream(file)) {
            if (in == null) throw new IllegalStateException("sentence rules missing from the classpath: " + file);
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList(), file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read sentence rules " + file, e);
        }
    }

    static SentenceRulesFile parse(List<String> lines, String file) {
        List<String> titles = new ArrayList<>();
        List<String> abbreviations = new ArrayList<>();
        List<String> starters = new ArrayList<>();
        List<String> section = null;
        for (String raw : lines) {
            int hash = raw.indexOf('#');
            String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
            if (line.isEmpty()) continue;
            if (line.startsWith("[") && line.endsWith("]")) {
                section = switch (line) {
                    case "[title]" -> titles;
                    case "[abbreviation]" -> abbreviations;
                    case "[starter]" -> starters;
                    default -> throw new IllegalStateException(file + ": unknown section " + line);
                };
                continue;
            }
            if (section == null) throw new IllegalStateException(file + ": entry before any [section]: " + line);
            for (String entry : line.split("\\s+")) section.add(entry);
        }
        List<String> all = new ArrayList<>(titles);
        all.addAll(abbreviations);
        return new SentenceRulesFile(new AbbreviationSet(titles), new AbbreviationSet(all),
                starters.stream().map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet()));
    }
}
