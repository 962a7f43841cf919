package org.wirewatch.core.extract.dates;

import java.time.temporal.ChronoUnit;

/** A date grammar read from a language pack's {@code dates.cues}. Immutable. */
final class BundledDateGrammar implements DateGrammar {
    private final GrammarFile file;

    BundledDateGrammar(GrammarFile file) {
        this.file = file;
    }

    @Override public final int month(String word) {
        return file.month(word);
    }

    @Override public final boolean guarded(String word) {
        return file.has("guarded", word);
    }

    @Override public final boolean monthPreposition(String word) {
        return file.has("month.prep", word);
    }

    @Override public final boolean capitalisedMonths() {
        return file.flag("capitalised");
    }

    @Override public final int weekday(String word) {
        return file.weekday(word);
    }

    @Override public final boolean weekdayNeedsPreposition() {
        return file.flag("weekday.prep");
    }

    @Override public final boolean weekdayPreposition(String word) {
        return file.has("weekday.prep", word);
    }

    @Override public final Integer dayOffset(String word) {
        return file.number("day", word);
    }

    @Override public final Integer shift(String word) {
        return file.number("shift", word);
    }

    @Override public final ChronoUnit unit(String word) {
        return file.unit(word);
    }

    @Override public final boolean modifier(String word) {
        return file.has("modifier", word);
    }

    @Override public final boolean partOfDay(String word) {
        return file.has("part", word);
    }

    @Override public final boolean of(String word) {
        return file.has("of", word);
    }

    @Override public final boolean since(String word) {
        return file.has("since", word);
    }

    @Override public final boolean rangeTo(String word) {
        return file.has("range.to", word);
    }

    @Override public final boolean yearWord(String word) {
        return file.has("year.word", word);
    }

    @Override public final Integer count(String word) {
        return file.number("count", word);
    }

    @Override public final boolean single(String word) {
        return file.has("single", word);
    }

    @Override public final boolean ago(String word) {
        return file.has("ago", word);
    }

    @Override public final boolean futureCue(String word) {
        return file.has("future", word) || file.endsWithAny("future.suffix", word);
    }

    @Override public final boolean hasTenseTags() {
        return file.flag("future.tag") || file.flag("past.tag");
    }

    @Override public final boolean futureTag(String tag) {
        return file.containsAny("future.tag", tag);
    }

    @Override public final boolean pastTag(String tag) {
        return file.containsAny("past.tag", tag);
    }

    @Override public final boolean pastCue(String word) {
        return file.has("past", word) || file.endsWithAny("past.suffix", word);
    }

    @Override public final int season(String word) {
        Integer n = file.number("season", word);
        return n == null ? 0 : n;
    }

    @Override public final boolean seasonAdverb(String word) {
        return file.has("season.adverb", word);
    }

    @Override public final Integer referenceDay(String word) {
        return file.number("refday", word);
    }

    @Override public final boolean referenceAlone(String word) {
        return file.has("refday.alone", word);
    }

    @Override public final boolean decadeSuffix(String word) {
        return file.has("decade", word);
    }

    @Override public String toString() {
        return getClass().getSimpleName();
    }
}
