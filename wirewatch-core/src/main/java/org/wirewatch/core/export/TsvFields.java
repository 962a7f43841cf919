package org.wirewatch.core.export;

import java.util.List;
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

    /** "2024-07-08" → "20240708"; a month or year is padded with zeros as GDELT does; empty when unknown. */
    static String sqlDate(String isoDate) {
        if (isoDate == null || isoDate.length() < 4) return "";
        String digits = isoDate.replace("-", "");
        digits = digits.length() >= 8 ? digits.substring(0, 8) : digits;
        return (digits + "00000000").substring(0, 8);
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
}
