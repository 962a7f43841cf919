package org.wirewatch.core.extract.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * Gives an expression its ISO-8601 value against the anchor (the article's date, null when
 * unknown) and its sentence's tense. Expressions that need the anchor get null without one.
 */
record Resolver(LocalDate anchor) {

    /**
     * A future-tense date without a year moves to next year only when it would otherwise fall this
     * far before the anchor: "will" often sits in a sentence that also names a recent past date.
     */
    private static final int FUTURE_SLACK_DAYS = 30;

    /** The value, with {@code lastDay} the day the text named last (for "the next day"; null when none). */
    String value(Expression e, Tense tense, LocalDate lastDay) {
        return switch (e.kind()) {
            case REFERENCE -> lastDay == null ? null : lastDay.plusDays(e.amount()).toString();
            default -> value(e, tense);
        };
    }

    String value(Expression e, Tense tense) {
        return switch (e.kind()) {
            case REFERENCE -> null;
            case DECADE -> Integer.toString(e.year() / 10);
            case SEASON -> season(e, tense);
            case CALENDAR -> calendar(e, e.since() ? Tense.PAST : tense);
            case WEEKDAY -> anchor == null ? null : weekday(e.day(), tense).toString();
            case OFFSET -> anchor == null ? null : anchor.plusDays(e.amount()).toString();
            case PERIOD -> anchor == null ? null : period(e.amount(), e.unit());
        };
    }

    /** The date an expression stands for, when it names one day; null otherwise. */
    LocalDate day(Expression e, Tense tense) {
        String v = value(e, tense);
        return v != null && v.length() >= 10 && v.charAt(4) == '-' && v.charAt(7) == '-' ? LocalDate.parse(v.substring(0, 10)) : null;
    }

    private String calendar(Expression e, Tense tense) {
        int year = e.year();
        if (year == 0) {
            if (anchor == null) return null;
            year = inferYear(e.month(), e.day(), tense);
            if (year == 0) return null;
        }
        if (e.month() == 0) return Integer.toString(year);
        if (e.day() == 0) return YearMonth.of(year, e.month()).toString();
        String date = LocalDate.of(year, e.month(), e.day()).toString();
        return e.time() == null ? date : date + "T" + e.time();
    }

    private static final String[] SEASONS = {"", "SP", "SU", "FA", "WI"};
    /** The month each season begins in (winter in December, and so in the year it begins). */
    private static final int[] SEASON_START = {0, 3, 6, 9, 12};

    /** "2023-SU": the year given, else the one the shift word or the tense points at. */
    private String season(Expression e, Tense tense) {
        int year = e.year();
        if (year == 0) {
            if (anchor == null) return null;
            int start = SEASON_START[e.month()];
            int month = anchor.getMonthValue();
            // January and February belong to the winter that began the December before
            int current = e.month() == 4 && month <= 2 ? anchor.getYear() - 1 : anchor.getYear();
            boolean begun = e.month() == 4 ? month <= 2 || month == 12 : month >= start;
            boolean over = e.month() != 4 && month >= start + 3;
            if (e.unit() != null) {
                year = switch (Integer.signum(e.amount())) {
                    case -1 -> over ? current : current - 1;
                    case 1 -> begun ? current + 1 : current;
                    default -> current;
                };
            } else {
                year = switch (tense) {
                    case PAST -> begun ? current : current - 1;
                    case FUTURE -> over ? current + 1 : current;
                    default -> current;
                };
            }
        }
        return year + "-" + SEASONS[e.month()];
    }

    /** The anchor's year, or the one before or after when the tense says the date cannot be in it. */
    private int inferYear(int month, int day, Tense tense) {
        int year = anchor.getYear();
        if (day > 0 && !YearMonth.of(year, month).isValidDay(day)) return 0;
        LocalDate start = LocalDate.of(year, month, day == 0 ? 1 : day);
        LocalDate end = day == 0 ? YearMonth.of(year, month).atEndOfMonth() : start;
        if (tense == Tense.PAST && start.isAfter(anchor.plusDays(1))) return year - 1;
        if (tense == Tense.FUTURE && end.isBefore(anchor.minusDays(FUTURE_SLACK_DAYS))) return year + 1;
        return year;
    }

    /** The latest such weekday on or before the anchor, or the first on or after it in a future sentence. */
    private LocalDate weekday(int isoDay, Tense tense) {
        DayOfWeek day = DayOfWeek.of(isoDay);
        return tense == Tense.FUTURE ? anchor.with(TemporalAdjusters.nextOrSame(day))
                : anchor.with(TemporalAdjusters.previousOrSame(day));
    }

    private String period(int shift, ChronoUnit unit) {
        return switch (unit) {
            case DAYS -> anchor.plusDays(shift).toString();
            case WEEKS -> {
                LocalDate d = anchor.plusWeeks(shift);
                yield String.format(Locale.ROOT, "%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            }
            case MONTHS -> YearMonth.from(anchor).plusMonths(shift).toString();
            case YEARS -> Integer.toString(anchor.getYear() + shift);
            default -> throw new IllegalStateException("no period of " + unit);
        };
    }
}
