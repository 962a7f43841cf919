package org.wirewatch.core.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the source from a standalone credit line: an agency name alone ("Reuters", "© AP",
 * "Укрінформ", "Reuters, AFP") or a "Source: X" line. A sentence that names an agency
 * ("…, сообщает Reuters.") is not a credit line; a wire dateline opening the first paragraph
 * ("KYIV, Nov 13 (Reuters) - …") is, though it stays in the text.
 */
final class CreditParser {
    private static final int MAX_CHARS = 80;
    private static final int MAX_SOURCE_WORDS = 6;
    /** Compiled once: String.split with a pattern of more than one char compiles it on every call. */
    private static final Pattern CREDIT_PARTS = Pattern.compile("[,/&]| and ");
    /** A place in capitals, perhaps a date, the agency in brackets, a dash. */
    private static final Pattern WIRE_DATELINE = Pattern.compile(
            "\\p{Lu}[\\p{Lu}\\p{M} .'’-]{1,40}(?:,[^()\\n]{0,40})?\\(([^()]{2,30})\\)\\s*[-–—]");

    private final CueIndex cues;

    CreditParser(CueIndex cues) {
        this.cues = cues;
    }

    /** The source this line credits, as written (without © or the "Source:" label), or null. */
    String source(String text) {
        if (text.length() > MAX_CHARS) return null;
        String t = stripCopyright(text.strip());
        String labelled = afterSourceLabel(t);
        if (labelled != null) return labelled;
        String[] parts = CREDIT_PARTS.split(t);
        for (String part : parts) if (!cues.is(CueKind.AGENCY, Norm.of(part))) return null;
        String credit = BylineParser.trimPunct(t);
        return credit.isEmpty() ? null : credit;
    }

    /** The agency of a wire dateline opening the first paragraph: "SANTIAGO, March 3 (Reuters) - …". */
    String wireSource(String paragraph) {
        Matcher m = WIRE_DATELINE.matcher(paragraph);
        if (!m.lookingAt()) return null;
        String agency = m.group(1).strip();
        // The capitalised city, the bracketed name and the dash are the wire format itself, so the
        // name need not be a known agency; a lower-case aside in brackets is not a credit.
        return cues.is(CueKind.AGENCY, Norm.of(agency)) || startsCapitalised(agency) ? agency : null;
    }

    private static boolean startsCapitalised(String name) {
        return !name.isEmpty() && Character.isUpperCase(name.charAt(0)) && Lines.countWords(name) <= 4;
    }

    private String afterSourceLabel(String t) {
        int colon = t.indexOf(':');
        if (colon <= 0 || !cues.is(CueKind.SOURCE, Norm.of(t.substring(0, colon)))) return null;
        String rest = BylineParser.trimPunct(t.substring(colon + 1).strip());
        int words = Lines.countWords(rest);
        return words >= 1 && words <= MAX_SOURCE_WORDS ? rest : null;
    }

    private static String stripCopyright(String t) {
        String s = t;
        if (s.startsWith("©")) s = s.substring(1).strip();
        String lower = s.toLowerCase(java.util.Locale.ROOT);
        // "(c)" in Latin or Cyrillic letters
        if (lower.startsWith("(c)") || lower.startsWith("(с)")) s = s.substring(3).strip();
        return s;
    }
}
