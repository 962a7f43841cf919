package org.wirewatch.index;

import java.time.LocalDate;
import java.time.DateTimeException;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day an ISO-8601 published value falls on, at the precision it gives: "2024-11-13T17:21" →
 * 2024-11-13, "2024-07" → 2024-07-01, "2024" → 2024-01-01. Empty for null or anything else.
 */
final class PublishedDay {
    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2})(?:[T ](\\d{2}):(\\d{2}))?)?)?.*");

    private PublishedDay() {}

    static OptionalLong epochDay(String published) {
        OptionalLong minute = epochMinute(published);
        return minute.isEmpty() ? minute : OptionalLong.of(Math.floorDiv(minute.getAsLong(), 24 * 60));
    }

    /** Minutes since 1970 of the local date and time given (the offset, if any, is ignored: ordering only). */
    static OptionalLong epochMinute(String published) {
        if (published == null) return OptionalLong.empty();
        Matcher m = ISO.matcher(published.strip());
        if (!m.matches()) return OptionalLong.empty();
        try {
            int year = Integer.parseInt(m.group(1));
            int month = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
            int day = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
            int hour = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
            int minute = m.group(5) == null ? 0 : Integer.parseInt(m.group(5));
            java.time.LocalDateTime at = LocalDate.of(year, month, day).atTime(hour, minute);
            return OptionalLong.of(at.toEpochSecond(java.time.ZoneOffset.UTC) / 60);
        } catch (DateTimeException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
