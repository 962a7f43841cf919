package org.wirewatch.core.clean;

import java.util.regex.Pattern;
import java.util.ArrayList;
import java.util.List;

/**
 * Recognises a dateline: a short line that is a date, perhaps with a time, a few dateline words
 * ("Published", "Оновлено") and a byline after a separator ("05-02-2025, 14:30 / Автор: Ігор Мельник").
 * A sentence that mentions a date is not a dateline.
 */
final class DatelineParser {

    /** The publication date of a dateline (ISO-8601 at the precision given) and any authors it names. */
    record Dateline(String published, List<String> authors) {}

    /** Words a dateline may carry that are neither date, time, byline nor dateline word ("CET", a weekday). */
    private static final int MAX_OTHER_WORDS = 2;
    private static final int MAX_CHARS = 200;
    /** Compiled once: String.split with a pattern of more than one char compiles it on every call. */
    private static final Pattern SPACES = Pattern.compile(" +");
    private static final Pattern PIECES = Pattern.compile("[|•·]| / | — |\u0000");

    private final CueIndex cues;
    private final DateFinder dates;
    private final BylineParser bylines;

    DatelineParser(CueIndex cues, BylineParser bylines) {
        this.cues = cues;
        this.dates = new DateFinder(cues);
        this.bylines = bylines;
    }

    /** The dateline this line is, or null. */
    Dateline parse(String text) {
        if (text.length() > MAX_CHARS) return null;
        DateFinder.Found found = dates.find(text);
        if (found == null) return null;
        List<String> authors = new ArrayList<>();
        int otherWords = 0;
        for (String piece : PIECES.split(rest(text, found))) {
            String trimmed = stripDatelineWords(BylineParser.trimPunct(piece.strip()));
            if (trimmed.isEmpty()) continue;
            int opener = bylineStart(trimmed);
            List<String> names = bylines.opened(trimmed.substring(opener));
            if (names.isEmpty()) names = bylines.nameList(trimmed);
            if (!names.isEmpty()) {
                authors.addAll(names);
                otherWords += wordsBesidesDatelineWords(trimmed.substring(0, opener));
                continue;
            }
            otherWords += wordsBesidesDatelineWords(trimmed);
        }
        // "On 13 November 2024 Russia attacked." mentions a date; a dateline does not end a sentence.
        if (otherWords > MAX_OTHER_WORDS || otherWords > 0 && LineShape.endsWithStop(text)) return null;
        return new Dateline(found.iso(), List.copyOf(authors));
    }

    /** True if the line is a date (and time) and nothing else. */
    boolean isBareDate(String text) {
        if (text.length() > 40) return false;
        DateFinder.Found found = dates.find(text);
        return found != null && Lines.countWords(rest(text, found).replace('\u0000', ' ')) == 0;
    }

    /** The text with the date and the time each replaced by one NUL, which splits pieces. */
    private static String rest(String text, DateFinder.Found found) {
        StringBuilder s = new StringBuilder(text.length());
        boolean inCut = false;
        for (int i = 0; i < text.length(); i++) {
            boolean cut = i >= found.start() && i < found.end() || i >= found.timeStart() && i < found.timeEnd();
            if (cut && !inCut) s.append('\u0000');
            if (!cut) s.append(text.charAt(i));
            inCut = cut;
        }
        return s.toString();
    }

    /** "Posted by A on" → "by A": words like "posted", "on", "at" around a byline. */
    private String stripDatelineWords(String piece) {
        String[] tokens = SPACES.split(piece);
        int from = 0;
        int to = tokens.length;
        while (from < to && isDatelineWord(tokens[from])) from++;
        while (to > from && isDatelineWord(tokens[to - 1])) to--;
        return BylineParser.trimPunct(String.join(" ", java.util.Arrays.asList(tokens).subList(from, to)));
    }

    private boolean isDatelineWord(String token) {
        return cues.is(CueKind.DATELINE, Norm.of(token));
    }

    /** Offset of the byline opener in the piece ("Posted by A" → 7), 0 if at the start or absent. */
    private int bylineStart(String piece) {
        int offset = 0;
        for (String token : piece.split(" ")) {
            if (offset > 0 && cues.is(CueKind.BYLINE, Norm.of(token))) return offset;
            offset += token.length() + 1;
        }
        return 0;
    }

    private static boolean hasLetter(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isLetter(s.charAt(i))) return true;
        return false;
    }

    private int wordsBesidesDatelineWords(String piece) {
        int words = 0;
        for (String token : SPACES.split(piece)) {
            String norm = Norm.of(token);
            // Numbers are a second date or time ("Оновлено 05.02.2025 16:05"), not words of a sentence.
            if (norm.isEmpty() || !hasLetter(norm) || cues.is(CueKind.DATELINE, norm) || cues.is(CueKind.DAY, norm)) continue;
            words++;
        }
        // Multi-word dateline phrases ("last updated", "дата публікації") count as none.
        return cues.is(CueKind.DATELINE, Norm.of(piece)) ? 0 : words;
    }
}
