package org.wirewatch.core.extract.dates;

import java.time.temporal.ChronoUnit;

/**
 * A temporal expression found in text, before its value is resolved. Which fields count depends
 * on the kind: CALENDAR has year (0 = not given), month (0 = year only) and day (0 = month
 * precision), and time ("17:21" or null); WEEKDAY has day = ISO weekday; OFFSET has amount =
 * days from the anchor; PERIOD has amount = shift and unit; SEASON has month = season (1 spring … 4
 * winter), year (0 = not given) and, when a shift word came with it, amount = shift and unit = YEARS;
 * DECADE has year = its first year; REFERENCE has amount = days from the date the text named last.
 */
record Expression(int start, int end, Kind kind, int year, int month, int day, String time,
                  int amount, ChronoUnit unit, boolean since) {
    enum Kind { CALENDAR, WEEKDAY, OFFSET, PERIOD, SEASON, DECADE, REFERENCE }

    static Expression calendar(int start, int end, int year, int month, int day, String time, boolean since) {
        return new Expression(start, end, Kind.CALENDAR, year, month, day, time, 0, null, since);
    }

    static Expression weekday(int start, int end, int weekday) {
        return new Expression(start, end, Kind.WEEKDAY, 0, 0, weekday, null, 0, null, false);
    }

    static Expression offset(int start, int end, int days) {
        return new Expression(start, end, Kind.OFFSET, 0, 0, 0, null, days, null, false);
    }

    static Expression period(int start, int end, int shift, ChronoUnit unit) {
        return new Expression(start, end, Kind.PERIOD, 0, 0, 0, null, shift, unit, false);
    }

    static Expression season(int start, int end, int season, int year, Integer shift) {
        return new Expression(start, end, Kind.SEASON, year, season, 0, null, shift == null ? 0 : shift,
                shift == null ? null : ChronoUnit.YEARS, false);
    }

    static Expression decade(int start, int end, int firstYear) {
        return new Expression(start, end, Kind.DECADE, firstYear, 0, 0, null, 0, null, false);
    }

    static Expression reference(int start, int end, int days) {
        return new Expression(start, end, Kind.REFERENCE, 0, 0, 0, null, days, null, false);
    }

    /** A full calendar date with its year written out. */
    boolean explicitDay() {
        return kind == Kind.CALENDAR && year > 0 && month > 0 && day > 0;
    }
}
