package org.wirewatch.core.extract.dates;

import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.wirewatch.core.lang.PackFile;

/**
 * A parsed {@code dates.cues} of a language pack file: lines {@code key: word word …}, {@code #} starts a
 * comment. Numbered keys ({@code month.7}, {@code day.-1}, {@code shift.1}) map words to numbers;
 * the others are word sets. Immutable.
 */
record GrammarFile(Map<String, Map<String, Integer>> numbered, Map<String, Set<String>> sets) {

    private static final Set<String> NUMBERED = Set.of("month", "weekday", "day", "shift", "count", "season", "refday");

    GrammarFile {
        numbered = Map.copyOf(numbered);
        sets = Map.copyOf(sets);
    }

    /** Reads the file shipped in the jar; a missing or malformed file is a build error and fails loudly. */
    static GrammarFile load(PackFile file) {
        return parse(file.lines(), file.name());
    }

    static GrammarFile parse(List<String> lines, String file) {
        Map<String, Map<String, Integer>> numbered = new HashMap<>();
        Map<String, Set<String>> sets = new HashMap<>();
        for (String raw : lines) {
            int hash = raw.indexOf('#');
            String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
            if (line.isEmpty()) continue;
            int colon = line.indexOf(':');
            if (colon <= 0) throw new IllegalStateException(file + ": expected 'key: words', got " + line);
            String key = line.substring(0, colon).strip();
            String value = line.substring(colon + 1).strip().toLowerCase(Locale.ROOT);
            String[] words = value.isEmpty() ? new String[0] : value.split("\\s+");
            int dot = key.indexOf('.');
            String head = dot > 0 ? key.substring(0, dot) : key;
            if (NUMBERED.contains(head) && dot > 0 && key.substring(dot + 1).matches("-?\\d+")) {
                int number = Integer.parseInt(key.substring(dot + 1));
                Map<String, Integer> map = numbered.computeIfAbsent(head, k -> new HashMap<>());
                for (String w : words) map.put(w, number);
            } else {
                sets.computeIfAbsent(key, k -> new HashSet<>()).addAll(List.of(words));
            }
        }
        Map<String, Map<String, Integer>> frozen = new HashMap<>();
        numbered.forEach((k, v) -> frozen.put(k, Map.copyOf(v)));
        Map<String, Set<String>> frozenSets = new HashMap<>();
        sets.forEach((k, v) -> frozenSets.put(k, Set.copyOf(v)));
        return new GrammarFile(frozen, frozenSets);
    }

    Integer number(String key, String word) {
        return numbered.getOrDefault(key, Map.of()).get(word);
    }

    boolean has(String key, String word) {
        return sets.getOrDefault(key, Set.of()).contains(word);
    }

    boolean flag(String key) {
        return sets.containsKey(key);
    }

    boolean endsWithAny(String key, String word) {
        for (String suffix : sets.getOrDefault(key, Set.of())) {
            if (word.length() > suffix.length() && word.endsWith(suffix)) return true;
        }
        return false;
    }

    boolean containsAny(String key, String text) {
        for (String part : sets.getOrDefault(key, Set.of())) {
            if (text.contains(part)) return true;
        }
        return false;
    }

    ChronoUnit unit(String word) {
        if (has("unit.day", word)) return ChronoUnit.DAYS;
        if (has("unit.week", word)) return ChronoUnit.WEEKS;
        if (has("unit.month", word)) return ChronoUnit.MONTHS;
        if (has("unit.year", word)) return ChronoUnit.YEARS;
        return null;
    }
}
