package org.wirewatch.core.lang;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.wirewatch.core.lang.cues.CueFile;
import org.wirewatch.core.lang.cues.CueSchema;
import org.wirewatch.core.lang.cues.CueSchema.Keys;

/**
 * The words of a language that several concerns share, read once from its pack's
 * {@code vocabulary.cues}: the month names with their inflected and abbreviated forms (cleaning reads
 * datelines with them, dates resolve them, amounts refuse "5 May" as a count, names refuse "May" as
 * a name), the weekdays, and how the language writes them. A concern's own file keeps only what is
 * its own. A pack without the file has an empty vocabulary. Immutable.
 *
 * <p>A form ending in {@code *} is a stem that takes up to four letters of inflection ("stycz*" for
 * "styczeń", "stycznia"); the others are whole words, lower case.
 */
public final class Vocabulary {
    /** The pack file. */
    public static final String FILE = "vocabulary.cues";

    /** Month names and weekdays begin with a capital letter ("January", "Monday"), so a lower-case one is another word. */
    public static final String CAPITALISED_CALENDAR = "capitalised-calendar";

    static final CueSchema SCHEMA = CueSchema.builder()
            .flags("grammar", CAPITALISED_CALENDAR)
            .keyedWords("month", Keys.numbers(1, 12))
            .keyedWords("weekday", Keys.numbers(1, 7))
            .build();

    /** The vocabulary of a language that has none. */
    public static final Vocabulary EMPTY = new Vocabulary(Map.of(), Map.of(), false);

    private static final int MAX_INFLECTION = 4;

    private final Map<String, Integer> months;
    private final Map<String, Integer> weekdays;
    private final boolean capitalisedCalendar;

    private Vocabulary(Map<String, Integer> months, Map<String, Integer> weekdays, boolean capitalisedCalendar) {
        this.months = Collections.unmodifiableMap(new LinkedHashMap<>(months));
        this.weekdays = Collections.unmodifiableMap(new LinkedHashMap<>(weekdays));
        this.capitalisedCalendar = capitalisedCalendar;
    }

    /** Reads a pack's vocabulary file; a malformed one fails, naming file and line. */
    public static Vocabulary read(PackFile file) {
        return of(SCHEMA.read(file));
    }

    /** Reads lines; {@code file} names them in messages. */
    public static Vocabulary parse(List<String> lines, String file) {
        return of(SCHEMA.parse(lines, file));
    }

    private static Vocabulary of(CueFile file) {
        return new Vocabulary(numbered(file, "month"), numbered(file, "weekday"), file.entries("grammar").contains(CAPITALISED_CALENDAR));
    }

    private static Map<String, Integer> numbered(CueFile file, String section) {
        Map<String, Integer> forms = new LinkedHashMap<>();
        for (CueFile.Line line : file.lines(section)) {
            int number = Integer.parseInt(line.key());
            for (String form : line.entries()) {
                String f = form.toLowerCase(Locale.ROOT);
                Integer before = forms.put(f, number);
                if (before != null && before != number) {
                    throw file.error(line.number(), "'" + form + "' is both " + section + " " + before + " and " + number);
                }
            }
        }
        return forms;
    }

    /** Every month form, lower case, with its month 1..12; stems end in {@code *}. In file order. */
    public Map<String, Integer> months() {
        return months;
    }

    /** Every weekday form, lower case, with its day 1 (Monday) .. 7; stems end in {@code *}. In file order. */
    public Map<String, Integer> weekdays() {
        return weekdays;
    }

    /** The month (1..12) a lower-case word names, or 0. */
    public int month(String lowerWord) {
        return lookup(months, lowerWord);
    }

    /** The weekday (1..7) a lower-case word names, or 0. */
    public int weekday(String lowerWord) {
        return lookup(weekdays, lowerWord);
    }

    /** Whether month names and weekdays are written with a capital letter. */
    public boolean capitalisedCalendar() {
        return capitalisedCalendar;
    }

    /** The whole-word forms (no stems) of months and then weekdays, as written: capitalised where the language capitalises them. */
    public List<String> calendarWords() {
        List<String> words = new ArrayList<>();
        for (String f : months.keySet()) if (!f.endsWith("*")) words.add(written(f));
        for (String f : weekdays.keySet()) if (!f.endsWith("*")) words.add(written(f));
        return words;
    }

    private String written(String lower) {
        return capitalisedCalendar ? lower.substring(0, 1).toUpperCase(Locale.ROOT) + lower.substring(1) : lower;
    }

    private static int lookup(Map<String, Integer> forms, String word) {
        Integer exact = forms.get(word);
        if (exact != null) return exact;
        for (int len = word.length() - 1; len >= Math.max(2, word.length() - MAX_INFLECTION); len--) {
            Integer stem = forms.get(word.substring(0, len) + "*");
            if (stem != null) return stem;
        }
        Integer whole = forms.get(word + "*");
        return whole == null ? 0 : whole;
    }
}
