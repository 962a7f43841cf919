package org.wirewatch.core.extract.dates;

import java.time.temporal.ChronoUnit;

/**
 * One language's date vocabulary: month and weekday names in every form the text may use,
 * relative day words, period shifts ("last", "минулого") and tense cues. Words are passed in
 * lower case. Implementations are immutable and shared; adding a language means adding a class
 * and a {@code dates.cues} of a language pack file, not editing the extractor.
 */
interface DateGrammar {
    /** 1–12, or 0 when the word is not a month name. */
    int month(String word);

    /** A month word that is a date only beside a day or a year ("May", "march"). */
    boolean guarded(String word);

    /** A word that makes a guarded month alone a month: "in" in "in May". */
    boolean monthPreposition(String word);

    /** Whether month names are written with a capital letter (English), so lower-case ones are other words. */
    boolean capitalisedMonths();

    /** ISO day of week 1–7, or 0. */
    int weekday(String word);

    /** Whether a weekday needs a preposition before it to count, and whether this word is one. */
    boolean weekdayNeedsPreposition();

    boolean weekdayPreposition(String word);

    /** Days from the anchor for "yesterday", "позавчора" …; null when the word is none. */
    Integer dayOffset(String word);

    /** -1 for "last", 0 for "this", 1 for "next"; null when the word is none. */
    Integer shift(String word);

    /** DAYS, WEEKS, MONTHS or YEARS (any number: "week", "weeks"); null when the word is none. */
    ChronoUnit unit(String word);

    /** "earlier" in "earlier this month": part of the expression, no effect on the value. */
    boolean modifier(String word);

    /** Morning, night …: extends the expression, not its value. */
    boolean partOfDay(String word);

    /** The "of" in "the morning of July 8". */
    boolean of(String word);

    /** "since", "з": the date is in the past. */
    boolean since(String word);

    /** "to" in "from July 9 to 11". */
    boolean rangeTo(String word);

    /** "года", "року" after a year. */
    boolean yearWord(String word);

    /** "three" → 3, for "three days ago"; null when the word is no count. */
    Integer count(String word);

    /** A unit word that means one of it with no count ("год" in "год назад"). */
    boolean single(String word);

    /** "ago", "назад", "тому" after a count and a unit. */
    boolean ago(String word);

    boolean futureCue(String word);

    /** Whether the grammar names dictionary tags that mark a verb's tense. */
    boolean hasTenseTags();

    /** Whether a lower-cased dictionary tag marks the future ("vb:fut:", "verb:perf:futr"). */
    boolean futureTag(String tag);

    /** Whether a lower-cased dictionary tag marks the past. */
    boolean pastTag(String tag);

    boolean pastCue(String word);

    /** 1 spring, 2 summer, 3 autumn, 4 winter; 0 when the word names no season. */
    int season(String word);

    /** A season word that is a date by itself ("навесні", "летом"), not only after "last" or before a year. */
    boolean seasonAdverb(String word);

    /** Days from the date the text last named, for a word that says so by itself ("накануне" -1); null when none. */
    Integer referenceDay(String word);

    /** A {@link #referenceDay} word that needs no "day" after it ("накануне", "напередодні"). */
    boolean referenceAlone(String word);

    /** A word that, glued after a year, makes it a decade ("1990s", "1990-х"). */
    boolean decadeSuffix(String word);
}
