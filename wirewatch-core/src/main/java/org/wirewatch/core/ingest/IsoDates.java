package org.wirewatch.core.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises publication dates to one ISO-8601 shape, keeping what the input knew and no more:
 * "2024-11-13T17:21+02:00" (time to the minute, second or fraction given; offset kept as given,
 * "Z" for UTC), "2024-11-13T17:21" (no offset given: none invented), "2024-11-13", "2024-11" or
 * "2024". Accepts "T" or a space before the time, offsets as +02:00, +0200, +02 or Z, and RFC 1123
 * ("Wed, 13 Nov 2024 17:21:00 GMT"). Anything else is unknown: null.
 */
final class IsoDates {
    private static final DateTimeFormatter LENIENT_ISO = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .appendPattern("uuuu-MM-dd")
            .optionalStart()
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .appendPattern("HH:mm")
            .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2).optionalEnd()
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH", "Z").optionalEnd()
            .optionalEnd()
            .toFormatter()
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter WITH_OFFSET = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");
    private static final Pattern YEAR_OR_MONTH = Pattern.compile("\\d{4}(-(0[1-9]|1[0-2]))?");
    /** The parts of a date-time as written: date, hours and minutes, seconds, fraction. */
    private static final Pattern PARTS = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})[Tt ](\\d{2}:\\d{2})(:\\d{2})?(\\.\\d{1,9})?.*");

    private IsoDates() {}

    /** The normalised date, or null when {@code raw} is null, blank or not a date in a known form. */
    static String normalise(String raw) {
        if (raw == null || raw.isBlank()) return null;
        String s = raw.strip();
        if (YEAR_OR_MONTH.matcher(s).matches()) return s;
        try {
            TemporalAccessor t = LENIENT_ISO.parseBest(s, OffsetDateTime::from, LocalDateTime::from, LocalDate::from);
            if (t instanceof LocalDate date) return date.toString();
            Matcher m = PARTS.matcher(s);
            if (!m.matches()) return null;
            String time = m.group(1) + "T" + m.group(2) + (m.group(3) == null ? "" : m.group(3)) + (m.group(4) == null ? "" : m.group(4));
            return t instanceof OffsetDateTime odt ? time + odt.getOffset().getId() : time;
        } catch (DateTimeParseException e) {
            return rfc1123(s);
        }
    }

    /** An instant (feed dates, WARC-Date) in UTC: "2024-11-13T17:21:00Z". */
    static String of(Instant instant) {
        return WITH_OFFSET.format(instant.atOffset(ZoneOffset.UTC));
    }

    private static String rfc1123(String s) {
        try {
            return WITH_OFFSET.format(OffsetDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
