package org.wirewatch.core.clean;

import java.util.regex.Pattern;
import java.util.List;

/**
 * Reads the top of a document: drops navigation before the title, picks the title, and reads
 * the dateline, bylines and credit lines that sit between the title and the body.
 */
final class HeadScanner {
    /** Datelines and bylines are looked for in at least this many lines, even past a short lead. */
    private static final int MIN_HEAD_LINES = 8;
    private static final int MAX_TITLE_WORDS = 25;
    /** Compiled once: String.split with a pattern of more than one char compiles it on every call. */
    private static final Pattern CRUMB_SEPARATOR = Pattern.compile("\\s*[›»>|/]\\s*");
    private static final int MAX_TITLE_CHARS = 250;
    /** A title may end with a stop only if short: a long line ending with one is the first paragraph. */
    private static final int MAX_TITLE_WORDS_WITH_STOP = 15;

    private final CueIndex cues;
    private final DatelineParser datelines;
    private final BylineParser bylines;
    private final CreditParser credits;

    HeadScanner(CueIndex cues, DatelineParser datelines, BylineParser bylines, CreditParser credits) {
        this.cues = cues;
        this.datelines = datelines;
        this.bylines = bylines;
        this.credits = credits;
    }

    void scan(Draft d) {
        int body = d.firstProse(0);
        int end = headEnd(d, 0, body);
        readMetadata(d, 0, end);
        dropNavigation(d, body);
        pickTitle(d, body);
        readLoneNames(d, end);
        if (body < d.size()) {
            String wire = credits.wireSource(d.line(body).text());
            if (wire != null) d.source(wire);
        }
    }

    /** End of the head: past the first paragraph, and at least {@link #MIN_HEAD_LINES} lines. */
    private static int headEnd(Draft d, int from, int body) {
        return Math.min(d.size(), Math.max(body + 1, from + MIN_HEAD_LINES));
    }

    /** The first line left is the title, if it is shaped like one; a paragraph is no title. */
    private void pickTitle(Draft d, int body) {
        int title = firstContent(d, 0, Math.min(body + 1, d.size()));
        if (title < 0 || !isTitleShaped(d.line(title))) return;
        d.title(title);
        // A question title counts as prose, so the head read so far ended at the title itself.
        if (title == body) readMetadata(d, title + 1, headEnd(d, title + 1, d.firstProse(title + 1)));
    }

    private void readMetadata(Draft d, int from, int to) {
        boolean seenContent = from > 0;
        for (int i = from; i < to; i++) {
            if (d.kinds[i] != LineKind.CONTENT && d.kinds[i] != LineKind.MARKER) continue;
            Line line = d.line(i);
            if (line.isProse()) continue;
            DatelineParser.Dateline dateline = d.published() == null ? datelines.parse(line.text()) : null;
            if (dateline != null) {
                d.published(dateline.published());
                d.addAuthors(dateline.authors());
                d.kinds[i] = LineKind.DATELINE;
                continue;
            }
            if (d.kinds[i] != LineKind.CONTENT) continue;
            if (seenContent && cues.is(CueKind.NAVIGATION, line.norm())) {
                d.kinds[i] = LineKind.NAVIGATION; // "Politics" or "Live" under the title
                continue;
            }
            String source = credits.source(line.text());
            if (source != null) {
                d.source(source);
                d.kinds[i] = LineKind.CREDIT;
                continue;
            }
            // The first line is the title even when it is only names ("Joe Biden and Vladimir Putin").
            List<String> names = seenContent ? bylineNames(line) : bylines.opened(line.text());
            seenContent = true;
            if (!names.isEmpty()) {
                d.addAuthors(names);
                d.kinds[i] = LineKind.BYLINE;
            }
        }
    }

    /** Names of a byline line: "By …"/"Автор: …", "A and B |", or a list of two or more names. */
    private List<String> bylineNames(Line line) {
        List<String> opened = bylines.opened(line.text());
        if (!opened.isEmpty()) return opened;
        List<String> names = bylines.nameList(line.text());
        return names.size() >= 2 || BylineParser.endsWithPipe(line.text()) ? names : List.of();
    }

    /** A lone name right beside the dateline (or a bare time stamp) is its author ("Title / Oksana Linska / 13.11.2024"). */
    private void readLoneNames(Draft d, int end) {
        for (int i = 0; i < end; i++) {
            if (!d.isContent(i) || i == d.title() || d.line(i).words() > 4) continue;
            boolean besideDateline = i > 0 && isDateOrTime(d.kinds[i - 1]) || i + 1 < d.size() && isDateOrTime(d.kinds[i + 1]);
            List<String> names = besideDateline ? bylines.nameList(d.line(i).text()) : List.of();
            if (names.size() == 1) {
                d.addAuthors(names);
                d.kinds[i] = LineKind.BYLINE;
            }
        }
    }

    private static boolean isDateOrTime(LineKind kind) {
        return kind == LineKind.DATELINE || kind == LineKind.MARKER;
    }

    /** Before the title: navigation words, language labels, breadcrumbs and menus (runs of very short lines). */
    private void dropNavigation(Draft d, int body) {
        for (int i = 0; i < Math.min(body, d.size()); i++) {
            if (!d.isContent(i)) continue;
            Line line = d.line(i);
            Line next = nextContent(d, i, body);
            boolean nav = isSectionName(line) || cues.is(CueKind.LANGUAGE_LABEL, line.norm())
                    || isBreadcrumb(line) || isMenuItem(line) && isMenuItem(next) || isRubric(line, next);
            if (!nav) return; // the first line that is not navigation is the title
            d.kinds[i] = LineKind.NAVIGATION;
        }
    }

    private static Line nextContent(Draft d, int i, int body) {
        int next = firstContent(d, i + 1, Math.min(body, d.size()));
        return next < 0 ? null : d.line(next);
    }

    /** "Politics", "Local News", "Новости Украины": a navigation word, alone or with one or two others. */
    private boolean isSectionName(Line line) {
        if (cues.is(CueKind.NAVIGATION, line.norm())) return true;
        if (line.words() > 3 || line.endsSentence()) return false;
        String[] words = line.norm().split(" ");
        return cues.is(CueKind.NAVIGATION, words[0]) || cues.is(CueKind.NAVIGATION, words[words.length - 1]);
    }

    /** "Москва", "WORLD NEWS" above a headline: a region or section label, since titles are longer. */
    private static boolean isRubric(Line line, Line next) {
        if (next == null || !LineShape.looksLikeHeadline(next) || line.endsSentence()) return false;
        return line.words() == 1 || line.words() <= 3 && line.text().equals(line.text().toUpperCase(java.util.Locale.ROOT));
    }

    private static boolean isMenuItem(Line line) {
        return line != null && line.words() <= 3 && line.text().length() <= 30 && !line.endsSentence();
    }

    /** "Home › World › Europe", "News | Politics". */
    private static boolean isBreadcrumb(Line line) {
        String[] crumbs = CRUMB_SEPARATOR.split(line.text());
        if (crumbs.length < 2) return false;
        for (String crumb : crumbs) if (Lines.countWords(crumb) > 3) return false;
        return true;
    }

    private static int firstContent(Draft d, int from, int to) {
        for (int i = from; i < to; i++) if (d.isContent(i)) return i;
        return -1;
    }

    private static boolean isTitleShaped(Line line) {
        if (line.words() > MAX_TITLE_WORDS || line.text().length() > MAX_TITLE_CHARS) return false;
        return !LineShape.endsWithStop(line.text()) || line.words() <= MAX_TITLE_WORDS_WITH_STOP;
    }
}
