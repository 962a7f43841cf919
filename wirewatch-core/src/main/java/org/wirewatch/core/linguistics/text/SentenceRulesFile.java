package org.wirewatch.core.linguistics.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.wirewatch.core.lang.PackFile;

/**
 * The parsed content of a language pack's {@code sentences.cues} file: sections {@code [title]},
 * {@code [abbreviation]} and {@code [starter]}, entries separated by spaces or line breaks,
 * {@code #} starts a comment. Immutable.
 */
record SentenceRulesFile(AbbreviationSet titles, AbbreviationSet abbreviations, Set<String> starters) {

    static final SentenceRulesFile EMPTY =
            new SentenceRulesFile(new AbbreviationSet(List.of()), new AbbreviationSet(List.of()), Set.of());

    /** Reads the file shipped in the jar; a missing or malformed file is a build error and fails loudly. */
    static SentenceRulesFile load(PackFile file) {
        return parse(file.lines(), file.name());
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
