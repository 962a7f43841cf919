package org.wirewatch.core.extract.dates;

import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.wirewatch.core.lang.PackFile;
import org.wirewatch.core.lang.Vocabulary;
import org.wirewatch.core.lang.cues.CueFile;
import org.wirewatch.core.lang.cues.CueSchema;
import org.wirewatch.core.lang.cues.CueSchema.Keys;

/**
 * A language's date grammar: its pack's {@code dates.cues} (word sections, and keyed sections that
 * map words to numbers: {@code [day]} "-1: yesterday", {@code [shift]}, {@code [count]},
 * {@code [season]}, {@code [refday]}, and {@code [unit]} "week: week weeks") with the months,
 * weekdays and their capitalisation of the language's {@link Vocabulary}. Looked up by the old
 * keys ({@code month}, {@code day}, {@code unit.week}, {@code month.prep}, …). Immutable.
 */
record GrammarFile(Map<String, Map<String, Integer>> numbered, Map<String, Set<String>> sets, Vocabulary vocabulary, Set<String> words) {

    /** Numbered sections, and the numbers their keys may be. */
    private static final Map<String, Keys> NUMBERED = Map.of("day", Keys.numbers(-2, 2), "shift", Keys.numbers(-1, 1),
            "count", Keys.numbers(1, 100), "season", Keys.numbers(1, 4), "refday", Keys.numbers(-1, 1));

    /** Word sections, by the key the grammar looks them up with. */
    private static final Map<String, String> WORDS = Map.ofEntries(Map.entry("guarded", "guarded"),
            Map.entry("month-preposition", "month.prep"), Map.entry("weekday-preposition", "weekday.prep"),
            Map.entry("ago", "ago"), Map.entry("single", "single"), Map.entry("modifier", "modifier"), Map.entry("part", "part"),
            Map.entry("of", "of"), Map.entry("since", "since"), Map.entry("range-to", "range.to"), Map.entry("year-word", "year.word"),
            Map.entry("future", "future"), Map.entry("past", "past"), Map.entry("future-suffix", "future.suffix"),
            Map.entry("past-suffix", "past.suffix"), Map.entry("future-tag", "future.tag"), Map.entry("past-tag", "past.tag"),
            Map.entry("season-adverb", "season.adverb"), Map.entry("refday-alone", "refday.alone"), Map.entry("decade", "decade"));

    static final CueSchema SCHEMA = schema();

    private static CueSchema schema() {
        CueSchema.Builder b = CueSchema.builder();
        new java.util.TreeMap<>(NUMBERED).forEach(b::keyedWords);
        b.keyedWords("unit", Keys.of("day", "week", "month", "year"));
        b.words(new java.util.TreeSet<>(WORDS.keySet()).toArray(String[]::new));
        return b.build();
    }

    /**
     * @param words every word of every list, so that a word in none (most words of a text) is
     *              answered with one hash look-up instead of one per list the scanner asks about
     *              (the date stage's hot spot)
     */
    GrammarFile {
        numbered = Map.copyOf(numbered);
        sets = Map.copyOf(sets);
        words = Collections.unmodifiableSet(new HashSet<>(words));
    }

    GrammarFile(Map<String, Map<String, Integer>> numbered, Map<String, Set<String>> sets, Vocabulary vocabulary) {
        this(numbered, sets, vocabulary, union(numbered, sets));
    }

    private static Set<String> union(Map<String, Map<String, Integer>> numbered, Map<String, Set<String>> sets) {
        Set<String> all = new HashSet<>();
        numbered.values().forEach(m -> all.addAll(m.keySet()));
        sets.values().forEach(all::addAll);
        return all;
    }

    /** Reads the file shipped in the jar; a missing or malformed file is a build error and fails loudly. */
    static GrammarFile load(PackFile file, Vocabulary vocabulary) {
        return of(SCHEMA.read(file), vocabulary);
    }

    static GrammarFile parse(List<String> lines, String file, Vocabulary vocabulary) {
        return of(SCHEMA.parse(lines, file), vocabulary);
    }

    private static GrammarFile of(CueFile file, Vocabulary vocabulary) {
        Map<String, Map<String, Integer>> numbered = new HashMap<>();
        Map<String, Set<String>> sets = new HashMap<>();
        if (vocabulary.capitalisedCalendar()) sets.put("capitalised", Set.of());
        for (String section : NUMBERED.keySet()) {
            Map<String, Integer> map = new HashMap<>();
            for (CueFile.Line line : file.lines(section)) {
                for (String w : line.entries()) map.put(w.toLowerCase(Locale.ROOT), Integer.parseInt(line.key()));
            }
            numbered.put(section, Map.copyOf(map));
        }
        for (CueFile.Line line : file.lines("unit")) {
            sets.computeIfAbsent("unit." + line.key(), k -> new HashSet<>()).addAll(lower(line.entries()));
        }
        WORDS.forEach((section, key) -> {
            if (file.has(section)) sets.computeIfAbsent(key, k -> new HashSet<>()).addAll(lower(file.entries(section)));
        });
        Map<String, Set<String>> frozenSets = new HashMap<>();
        sets.forEach((k, v) -> frozenSets.put(k, Set.copyOf(v)));
        return new GrammarFile(numbered, frozenSets, vocabulary);
    }

    private static List<String> lower(List<String> words) {
        return words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
    }

    /** The month (1..12) a lower-case word names, or 0; the vocabulary's stems too. */
    int month(String word) {
        return vocabulary.month(word);
    }

    /** The weekday (1..7) a lower-case word names, or 0. */
    int weekday(String word) {
        return vocabulary.weekday(word);
    }

    Integer number(String key, String word) {
        if (!words.contains(word)) return null;
        return numbered.getOrDefault(key, Map.of()).get(word);
    }

    boolean has(String key, String word) {
        if (!words.contains(word)) return false;
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
