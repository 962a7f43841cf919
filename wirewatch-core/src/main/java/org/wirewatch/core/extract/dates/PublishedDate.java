package org.wirewatch.core.extract.dates;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The day an undated article's expressions imply, from evidence only, strongest first:
 * <ol>
 * <li>the first full date with a clock time beside it, a dateline ("13-11-2024, 17:21"): scraped
 *     pages carry sidebars of other days' headlines, so a dateline outranks a later date;</li>
 * <li>the latest full date with its year outside a future-tense sentence;</li>
 * <li>when a future-tense sentence says "tomorrow": the day before the earliest future-tense day
 *     (the event that starts tomorrow), taken from full dates, or else from year-less ones when the
 *     text writes exactly one year ("Summit 2024" … "from July 9 to 11 … will take place").</li>
 * </ol>
 * Otherwise nothing: a year-less date in a text that writes no year, or several, would need a
 * guessed year.
 */
final class PublishedDate {
    private PublishedDate() {}

    static Optional<LocalDate> infer(List<Expression> expressions, Function<Expression, Tense> tenseOf) {
        LocalDate dateline = null, latestPast = null, earliestFuture = null;
        boolean tomorrow = false;
        Set<Integer> years = new HashSet<>();
        for (Expression e : expressions) {
            Tense tense = tenseOf.apply(e);
            if (e.kind() == Expression.Kind.OFFSET && e.amount() == 1 && tense == Tense.FUTURE) tomorrow = true;
            if (e.kind() == Expression.Kind.CALENDAR && e.year() > 0) years.add(e.year());
            if (!e.explicitDay()) continue;
            LocalDate day = LocalDate.of(e.year(), e.month(), e.day());
            if (e.time() != null && dateline == null) dateline = day;
            if (tense == Tense.FUTURE) earliestFuture = earlier(earliestFuture, day);
            else if (latestPast == null || day.isAfter(latestPast)) latestPast = day;
        }
        if (dateline != null) return Optional.of(dateline);
        if (latestPast != null) return Optional.of(latestPast);
        if (!tomorrow) return Optional.empty();
        if (earliestFuture == null && years.size() == 1) earliestFuture = upcomingInYear(expressions, tenseOf, years.iterator().next());
        return Optional.ofNullable(earliestFuture).map(d -> d.minusDays(1));
    }

    /** The earliest year-less future-tense day, placed in the one year the text writes. */
    private static LocalDate upcomingInYear(List<Expression> expressions, Function<Expression, Tense> tenseOf, int year) {
        LocalDate earliest = null;
        for (Expression e : expressions) {
            if (e.kind() != Expression.Kind.CALENDAR || e.year() != 0 || e.day() == 0 || e.since()) continue;
            if (tenseOf.apply(e) != Tense.FUTURE || !YearMonth.of(year, e.month()).isValidDay(e.day())) continue;
            earliest = earlier(earliest, LocalDate.of(year, e.month(), e.day()));
        }
        return earliest;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a == null || b.isBefore(a) ? b : a;
    }
}
