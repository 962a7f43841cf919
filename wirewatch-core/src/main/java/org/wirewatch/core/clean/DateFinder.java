package org.wirewatch.core.clean;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a calendar date, and a clock time beside it, in a short piece of text: "13-11-2024, 17:21",
 * "13.11.2024 17:21", "2024-11-13", "13 ноября 2024, 17:21", "November 13, 2024 5:21 PM". Month
 * names come from the cues of every language. Dates without a year are not dates here: the
 * year would be a guess.
 */
final class DateFinder {

    /** A date found in text, with the time if one stood beside it. */
    record Found(LocalDate date, int hour, int minute, int start, int end, int timeStart, int timeEnd) {
        boolean hasTime() {
            return hour >= 0;
        }

        /** ISO-8601 at the precision found: "2024-11-13" or "2024-11-13T17:21". */
        String iso() {
            // By hand: String.format parses its pattern on every call, and every head line is asked.
            return hasTime() ? date + "T" + twoDigits(hour) + ":" + twoDigits(minute) : date.toString();
        }

        private static String twoDigits(int n) {
            return n < 10 ? "0" + n : Integer.toString(n);
        }
    }

    private static final Pattern ISO = Pattern.compile(
            "(?<![\\d.])(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?:[T ](\\d{2}):(\\d{2}))?(?![\\d])");
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\d.])(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4})(?!\\d)");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<![\\p{L}\\d])(\\d{1,2})\\.?\\s+(\\p{L}{3,})\\.?,?\\s+(\\d{4})(?!\\d)");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?<![\\p{L}\\d])(\\p{L}{3,})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)");
    private static final Pattern TIME = Pattern.compile(
            "(?<![\\d:.])([01]?\\d|2[0-3])[:.]([0-5]\\d)(?![\\d:]|\\.\\d)(?:\\s?([aApP])\\.?\\s?[mM]\\b\\.?)?");

    private final CueIndex cues;

    DateFinder(CueIndex cues) {
        this.cues = cues;
    }

    /** The earliest date in the text, or null. */
    Found find(String text) {
        Found best = null;
        for (Found f : new Found[] {iso(text), numeric(text), dayMonthYear(text), monthDayYear(text)}) {
            if (f != null && (best == null || f.start() < best.start())) best = f;
        }
        return best == null || best.hasTime() ? best : withTime(text, best);
    }

    private Found iso(String text) {
        Matcher m = ISO.matcher(text);
        while (m.find()) {
            LocalDate date = date(m.group(1), m.group(3), m.group(4));
            if (date == null) continue;
            if (m.group(5) != null && Integer.parseInt(m.group(5)) < 24 && Integer.parseInt(m.group(6)) < 60) {
                return new Found(date, Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)), m.start(), m.end(), -1, -1);
            }
            return new Found(date, -1, -1, m.start(), m.end(), -1, -1);
        }
        return null;
    }

    private Found numeric(String text) {
        Matcher m = NUMERIC.matcher(text);
        while (m.find()) {
            int first = Integer.parseInt(m.group(1));
            int second = Integer.parseInt(m.group(3));
            // Day first, as in most of the world; with slashes a second number above 12 means US month/day.
            boolean monthFirst = "/".equals(m.group(2)) && second > 12 && first <= 12;
            LocalDate date = monthFirst ? date(m.group(4), m.group(1), m.group(3)) : date(m.group(4), m.group(3), m.group(1));
            if (date != null) return new Found(date, -1, -1, m.start(), m.end(), -1, -1);
        }
        return null;
    }

    private Found dayMonthYear(String text) {
        Matcher m = DAY_MONTH_YEAR.matcher(text);
        while (m.find()) {
            int month = cues.month(m.group(2));
            LocalDate date = month == 0 ? null : date(m.group(3), Integer.toString(month), m.group(1));
            if (date != null) return new Found(date, -1, -1, m.start(), m.end(), -1, -1);
        }
        return null;
    }

    private Found monthDayYear(String text) {
        Matcher m = MONTH_DAY_YEAR.matcher(text);
        while (m.find()) {
            int month = cues.month(m.group(1));
            LocalDate date = month == 0 ? null : date(m.group(3), Integer.toString(month), m.group(2));
            if (date != null) return new Found(date, -1, -1, m.start(), m.end(), -1, -1);
        }
        return null;
    }

    /** Adds the first clock time outside the date itself ("17:21", "5:21 PM"). */
    private static Found withTime(String text, Found found) {
        String masked = text.substring(0, found.start()) + " ".repeat(found.end() - found.start()) + text.substring(found.end());
        Matcher m = TIME.matcher(masked);
        if (!m.find()) return found;
        int hour = Integer.parseInt(m.group(1));
        if (m.group(3) != null) {
            if (hour > 12) return found;
            hour = hour % 12 + (Character.toLowerCase(m.group(3).charAt(0)) == 'p' ? 12 : 0);
        }
        return new Found(found.date(), hour, Integer.parseInt(m.group(2)), found.start(), found.end(), m.start(), m.end());
    }

    private static LocalDate date(String year, String month, String day) {
        try {
            int y = Integer.parseInt(year);
            if (y < 1900 || y > 2100) return null;
            return LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null; // 31.02.2024 and the like: not a date, just digits
        }
    }
}
