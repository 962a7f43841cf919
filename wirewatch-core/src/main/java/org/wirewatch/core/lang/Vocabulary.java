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
 * a name), the weekdays, and how the language writes them; the pronouns (quotes resolve a speaker
 * through them, events an actor, names never take one for a name) and the speech verbs (quotes find
 * what was said with them, events skip them as triggers). A concern's own file keeps only what is
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

    /** Personal pronouns that point back to the last speaker or subject ("he", "они"): quotes. */
    public static final String SPEAKER_PRONOUN = "speaker-pronoun";
    /** Pronouns that stand for a person acting ("he", "his"): events. */
    public static final String PERSON_PRONOUN = "person-pronoun";
    /** Pronouns that stand for a country or organisation acting ("it", "they"; "вона" for a feminine noun): events. */
    public static final String THING_PRONOUN = "thing-pronoun";
    /** First-person pronouns ("I", "we"): events. */
    public static final String FIRST_PERSON_PRONOUN = "first-person-pronoun";
    /** Speech verbs as written ("said", "told"): quotes. */
    public static final String SPEECH_VERB = "speech-verb";
    /** Speech verbs by stem, for inflecting languages ("заявил" for заявил, заявила, заявили): quotes. */
    public static final String SPEECH_STEM = "speech-stem";
    /** Participles of speech verbs ("adding", "додавши"): quotes. */
    public static final String SPEECH_PARTICIPLE = "speech-participle";
    /** Speech verbs by dictionary lemma ("say", "заявить"): events. */
    public static final String SPEECH_LEMMA = "speech-lemma";

    static final CueSchema SCHEMA = CueSchema.builder()
            .flags("grammar", CAPITALISED_CALENDAR)
            .keyedWords("month", Keys.numbers(1, 12))
            .keyedWords("weekday", Keys.numbers(1, 7))
            .words(SPEAKER_PRONOUN, PERSON_PRONOUN, THING_PRONOUN, FIRST_PERSON_PRONOUN,
                    SPEECH_VERB, SPEECH_STEM, SPEECH_PARTICIPLE, SPEECH_LEMMA)
            .build();

    /** The vocabulary of a language that has none. */
    public static final Vocabulary EMPTY = new Vocabulary(Map.of(), Map.of(), false, Map.of());

    private static final List<String> WORD_SECTIONS = List.of(SPEAKER_PRONOUN, PERSON_PRONOUN, THING_PRONOUN, FIRST_PERSON_PRONOUN,
            SPEECH_VERB, SPEECH_STEM, SPEECH_PARTICIPLE, SPEECH_LEMMA);

    private final Map<String, Integer> months;
    private final Map<String, Integer> weekdays;
    private final CalendarForms monthForms;
    private final CalendarForms weekdayForms;
    private final boolean capitalisedCalendar;
    private final Map<String, List<String>> words;

    private Vocabulary(Map<String, Integer> months, Map<String, Integer> weekdays, boolean capitalisedCalendar,
                       Map<String, List<String>> words) {
        this.months = Collections.unmodifiableMap(new LinkedHashMap<>(months));
        this.weekdays = Collections.unmodifiableMap(new LinkedHashMap<>(weekdays));
        this.monthForms = new CalendarForms(this.months);
        this.weekdayForms = new CalendarForms(this.weekdays);
        this.capitalisedCalendar = capitalisedCalendar;
        this.words = Map.copyOf(words);
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
        Map<String, List<String>> words = new LinkedHashMap<>();
        for (String section : WORD_SECTIONS) {
            words.put(section, file.entries(section).stream().map(w -> w.toLowerCase(Locale.ROOT)).distinct().toList());
        }
        return new Vocabulary(numbered(file, "month"), numbered(file, "weekday"), file.entries("grammar").contains(CAPITALISED_CALENDAR), words);
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
        return monthForms.lookup(lowerWord);
    }

    /** The weekday (1..7) a lower-case word names, or 0. */
    public int weekday(String lowerWord) {
        return weekdayForms.lookup(lowerWord);
    }

    /**
     * The words of one word section ({@link #SPEAKER_PRONOUN} .. {@link #SPEECH_LEMMA}), lower case, in
     * file order; empty when the file has none.
     */
    public List<String> words(String section) {
        if (!WORD_SECTIONS.contains(section)) throw new IllegalArgumentException("no word section [" + section + "] in " + FILE);
        return words.getOrDefault(section, List.of());
    }

    /** Every pronoun of the pronoun sections, lower case, once each, in file order. */
    public List<String> pronouns() {
        return java.util.stream.Stream.of(SPEAKER_PRONOUN, PERSON_PRONOUN, THING_PRONOUN, FIRST_PERSON_PRONOUN)
                .flatMap(s -> words(s).stream()).distinct().toList();
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
}
