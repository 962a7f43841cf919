package org.wirewatch.core.output;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.Mention;

/** Helpers shared by the GDELT-shaped formats: field cleaning, dates and entity names. */
final class TsvFields {
    private TsvFields() {}

    /** Text made safe for one field: tabs, line breaks and the formats' delimiters become spaces. */
    static String clean(String s, String delimiters) {
        if (s == null) return "";
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(c == '\t' || c == '\n' || c == '\r' || delimiters.indexOf(c) >= 0 ? ' ' : c);
        }
        return out.toString().strip();
    }

    /** A calendar date at year, month or day precision; seasons ("2024-SU"), weeks and decades are not one. */
    private static final Pattern CALENDAR = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?(?!\\d|-\\D)");

    /** Year, month and day of an ISO value ("2024-07" → [2024, 7, 0]); null for values GDELT cannot hold. */
    static int[] calendarParts(String isoValue) {
        if (isoValue == null) return null;
        Matcher m = CALENDAR.matcher(isoValue);
        if (!m.lookingAt()) return null;
        return new int[] {Integer.parseInt(m.group(1)), m.group(2) == null ? 0 : Integer.parseInt(m.group(2)),
            m.group(3) == null ? 0 : Integer.parseInt(m.group(3))};
    }

    /** "2024-07-08" → "20240708"; a month or year is padded with zeros as GDELT does; empty when unknown. */
    static String sqlDate(String isoDate) {
        int[] p = calendarParts(isoDate);
        return p == null ? "" : String.format(Locale.ROOT, "%04d%02d%02d", p[0], p[1], p[2]);
    }

    /** The display name of an entity id as the article's mentions give it. */
    static String nameOf(Article article, String id) {
        if (id == null) return "";
        for (Mention m : article.entities()) if (id.equals(m.id())) return m.name() != null ? m.name() : m.text();
        return id;
    }

    /** "iso:UA" → "UA"; empty for entities that are not countries. */
    static String countryCode(String id) {
        return id != null && id.startsWith("iso:") ? id.substring(4) : "";
    }

    static String join(List<String> fields) {
        return String.join("\t", fields) + "\n";
    }

    /** A number as GDELT writes it: plain decimal, at most 4 decimals, no exponent. */
    static String number(double v) {
        return java.math.BigDecimal.valueOf(Math.round(v * 10000) / 10000.0).stripTrailingZeros().toPlainString();
    }
}
