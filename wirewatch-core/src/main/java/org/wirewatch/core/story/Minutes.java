package org.wirewatch.core.story;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** ISO-8601 dates and times as minutes since the epoch (UTC when no offset is given), and back. */
final class Minutes {
    private Minutes() {}

    /** {@link Evidence#UNKNOWN} for null or a value that is not a day, a local or an offset date-time. */
    static long of(String iso) {
        if (iso == null || iso.length() < 10) return Evidence.UNKNOWN;
        try {
            if (iso.length() == 10) return LocalDate.parse(iso).atStartOfDay().toEpochSecond(ZoneOffset.UTC) / 60;
            try {
                return OffsetDateTime.parse(iso).toEpochSecond() / 60;
            } catch (DateTimeParseException notOffset) {
                return LocalDateTime.parse(iso).toEpochSecond(ZoneOffset.UTC) / 60;
            }
        } catch (DateTimeParseException e) {
            return Evidence.UNKNOWN;
        }
    }

    /** The ISO-8601 day of a minute ("2024-11-13"); null for {@link Evidence#UNKNOWN}. */
    static String day(long minute) {
        String iso = iso(minute);
        return iso == null ? null : iso.substring(0, 10);
    }

    static String iso(long minute) {
        return minute == Evidence.UNKNOWN ? null : LocalDateTime.ofEpochSecond(minute * 60, 0, ZoneOffset.UTC).toString();
    }
}
