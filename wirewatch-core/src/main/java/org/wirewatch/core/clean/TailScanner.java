package org.wirewatch.core.clean;

import java.util.List;

/**
 * Reads the end of a document, after its last paragraph of running text: the correspondent's
 * sign-off name, bylines, the agency credit, and the navigation, category and rating lines
 * that follow an article on a page.
 */
final class TailScanner {
    /** Short lines without a full stop after the body are page furniture ("Politics", "News Line"). */
    private static final int MAX_STRAY_WORDS = 6;
    /** This many headline-like lines in a row after the body are a list of other articles. */
    private static final int MIN_HEADLINE_RUN = 3;
    /** How far back from the end a wire byline such as "(Reporting by …; Editing by …)" may sit. */
    private static final int WIRE_BYLINE_REACH = 6;
    /** Lines of fewer words (labels, subheadings) say nothing of how a text closes its lines. */
    private static final int STYLE_MIN_WORDS = 4;
    /** A text with fewer such lines is too short to tell its style. */
    private static final int STYLE_MIN_LINES = 3;

    private final CueIndex cues;
    private final DatelineParser datelines;
    private final BylineParser bylines;
    private final CreditParser credits;

    TailScanner(CueIndex cues, DatelineParser datelines, BylineParser bylines, CreditParser credits) {
        this.cues = cues;
        this.datelines = datelines;
        this.bylines = bylines;
        this.credits = credits;
    }

    void scan(Draft d) {
        readWireBylines(d);
        int last = d.lastProse();
        int from = last >= 0 ? last + 1 : d.title() + 1;
        boolean shortLines = writtenInShortLines(d, last);
        if (!shortLines) {
            dropHeadlineRuns(d, from);
            dropListsAfterHeaders(d, from);
        }
        boolean signOff = true;
        for (int i = Math.max(from, d.title() + 1); i < d.size(); i++) {
            if (!d.isContent(i)) continue;
            if (readMetadata(d, i, signOff)) {
                signOff = false;   // one name signs off; what follows a byline or credit is furniture
                continue;
            }
            // A name signs the article off only right after its sentences, not after page furniture.
            signOff = d.line(i).endsSentence();
            if (isStray(d.line(i), shortLines) && !LineShape.isListItem(d.line(i).text())) d.kinds[i] = LineKind.NAVIGATION;
        }
    }

    /**
     * Whether the text itself is written in lines without closing stops (a chat, a CV, notes, a
     * transcript): then its short unpunctuated lines after the last sentence are more of it, not a
     * sidebar of headlines. An article closes most of its paragraphs with a stop, so most of its
     * text up to the last sentence sits in closed lines; such a text has at most half of it there
     * (or, with no sentence at all, three or more lines of four words or more, none closed).
     */
    private static boolean writtenInShortLines(Draft d, int last) {
        int end = last >= 0 ? last : d.size() - 1;
        int lines = 0;
        int chars = 0;
        int closed = 0;
        for (int i = 0; i <= end; i++) {
            if (!d.isContent(i) || d.line(i).words() < STYLE_MIN_WORDS) continue;
            lines++;
            chars += d.line(i).text().length();
            if (d.line(i).endsSentence()) closed += d.line(i).text().length();
        }
        return lines >= STYLE_MIN_LINES && closed * 2 <= chars;
    }

    /** "Politics", "News Line", "Washington D.C.": but not a short last sentence ("He declined."). */
    private boolean isStray(Line line, boolean shortLines) {
        if (cues.is(CueKind.NAVIGATION, line.norm())) return true;
        if (shortLines) return false;
        if (line.words() <= MAX_STRAY_WORDS && !line.endsSentence()) return true;
        return line.words() <= 3 && allCapitalised(line.text());
    }

    private static boolean allCapitalised(String text) {
        for (String token : text.split(" ")) {
            if (!token.isEmpty() && Character.isLetter(token.charAt(0)) && !Character.isUpperCase(token.charAt(0))) return false;
        }
        return true;
    }

    /** Credit, dateline, byline or sign-off name; true if the line was one of them. */
    private boolean readMetadata(Draft d, int i, boolean signOff) {
        Line line = d.line(i);
        String source = credits.source(line.text());
        if (source == null && isKnownSource(d, line)) source = d.source();
        if (source != null) {
            d.source(source);
            d.kinds[i] = LineKind.CREDIT;
            return true;
        }
        DatelineParser.Dateline dateline = datelines.parse(line.text());
        if (dateline != null) {
            d.published(dateline.published());
            d.addAuthors(dateline.authors());
            d.kinds[i] = LineKind.DATELINE;
            return true;
        }
        List<String> names = bylines.opened(line.text());
        // The correspondent's name alone, right after the last paragraph, signs the article off.
        if (names.isEmpty() && (signOff || BylineParser.endsWithPipe(line.text())) && line.words() <= 8) {
            names = bylines.nameList(line.text());
        }
        if (names.isEmpty()) return false;
        d.addAuthors(names);
        d.kinds[i] = LineKind.BYLINE;
        return true;
    }

    /** The agency the wire dateline named, alone on a line at the end, credits it again. */
    private static boolean isKnownSource(Draft d, Line line) {
        return d.source() != null && Norm.of(d.source()).equals(line.norm());
    }

    /** "(Reporting by A in Kyiv; Editing by B)" ends with a stop, so it would pass for the last paragraph. */
    private void readWireBylines(Draft d) {
        int seen = 0;
        for (int i = d.size() - 1; i > d.title() && seen < WIRE_BYLINE_REACH; i--) {
            if (!d.isContent(i)) continue;
            seen++;
            List<String> names = bylines.opened(d.line(i).text());
            if (!names.isEmpty()) {
                d.addAuthors(names);
                d.kinds[i] = LineKind.BYLINE;
            }
        }
    }

    /** "Related:", "Новини за темою:", "More from this section": the headlines under such a header are a list. */
    private void dropListsAfterHeaders(Draft d, int from) {
        boolean inList = false;
        for (int i = Math.max(0, from); i < d.size(); i++) {
            Line line = d.line(i);
            if (isListHeader(d, i)) {
                inList = true;
            } else if (d.isContent(i)) {
                inList = inList && LineShape.looksLikeHeadline(line);
                if (inList) d.kinds[i] = LineKind.LISTING;
            }
        }
    }

    private boolean isListHeader(Draft d, int i) {
        Line line = d.line(i);
        if (line.words() > MAX_STRAY_WORDS) return false;
        if (d.kinds[i] == LineKind.PROMO || d.kinds[i] == LineKind.FURNITURE) return true;
        return d.isContent(i) && (line.text().endsWith(":") || cues.is(CueKind.NAVIGATION, line.norm()));
    }

    /** Three or more headline-like lines in a row after the body: "Related" lists without times. */
    private static void dropHeadlineRuns(Draft d, int from) {
        int runStart = -1;
        for (int i = Math.max(0, from); i <= d.size(); i++) {
            boolean headline = i < d.size() && d.isContent(i) && LineShape.looksLikeHeadline(d.line(i))
                    && !LineShape.isListItem(d.line(i).text());
            boolean skip = i < d.size() && !d.isContent(i);
            if (skip) continue;
            if (headline && runStart < 0) runStart = i;
            if (!headline && runStart >= 0) {
                int count = 0;
                for (int k = runStart; k < i; k++) if (d.isContent(k)) count++;
                if (count >= MIN_HEADLINE_RUN) for (int k = runStart; k < i; k++) if (d.isContent(k)) d.kinds[k] = LineKind.LISTING;
                runStart = -1;
            }
        }
    }
}
