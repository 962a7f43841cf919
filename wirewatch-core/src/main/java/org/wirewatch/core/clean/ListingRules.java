package org.wirewatch.core.clean;

/**
 * Finds lists of other articles' headlines inside a page: headlines between time stamps and
 * view counters, headlines after a time on the same line, and the header above such a list.
 */
final class ListingRules {
    /** A sidebar headline is short; a long line between two time stamps is a post of a news feed. */
    private static final int MAX_ITEM_WORDS = 30;

    private final CueIndex cues;

    ListingRules(CueIndex cues) {
        this.cues = cues;
    }

    /** Marks headlines of a list of other articles, told by the time stamps and counters around them. */
    void markListings(Draft d) {
        for (int i = 1; i + 1 < d.size(); i++) {
            if (isItem(d, i) && marker(d, i - 1) && marker(d, i + 1)) d.kinds[i] = LineKind.LISTING;
        }
        // Lists of "headline, time" pairs have no marker before their first headline (or after their last).
        for (int i = 0; i < d.size(); i++) {
            if (isItem(d, i) && (alternates(d, i, 1) || alternates(d, i, -1))) d.kinds[i] = LineKind.LISTING;
        }
        markTimedHeadlines(d);
        markHeaders(d);
    }

    /** "Популярне", "Latest news:" right above a list: the list's header goes with it. */
    private void markHeaders(Draft d) {
        for (int i = 0; i + 1 < d.size(); i++) {
            if (!d.isContent(i) || d.line(i).words() > 3 || d.line(i).endsSentence()) continue;
            int next = i + 1;
            while (marker(d, next)) next++;
            if (next >= d.size() || d.kinds[next] != LineKind.LISTING) continue;
            String norm = d.line(i).norm();
            if (d.line(i).text().endsWith(":") || cues.is(CueKind.NAVIGATION, norm) || cues.prefix(CueKind.NAVIGATION, norm) != null) {
                d.kinds[i] = LineKind.LISTING;
            }
        }
    }

    /** "11:11 Headline" lines: two or more in a row are a news feed sidebar. */
    private static void markTimedHeadlines(Draft d) {
        int runStart = -1;
        for (int i = 0; i <= d.size(); i++) {
            boolean timed = i < d.size() && d.isContent(i) && LineShape.startsWithTime(d.line(i).text())
                    && !LineShape.endsWithStop(d.line(i).text()) && d.line(i).words() <= MAX_ITEM_WORDS;
            if (timed && runStart < 0) runStart = i;
            if (!timed && runStart >= 0) {
                if (i - runStart >= 2) for (int k = runStart; k < i; k++) d.kinds[k] = LineKind.LISTING;
                runStart = -1;
            }
        }
    }

    /**
     * Line i, then (going in direction dir) a group of markers, a listed headline and a group of as
     * many markers: the first or last headline of a list whose rhythm it keeps. "Latest news" before
     * a list of "time, headline, counter" is followed by one marker, not two, so it is not an item.
     */
    private static boolean alternates(Draft d, int i, int dir) {
        int j = i + dir;
        int before = 0;
        while (marker(d, j)) {
            before++;
            j += dir;
        }
        if (before == 0 || before > 2 || j < 0 || j >= d.size() || d.kinds[j] != LineKind.LISTING) return false;
        int after = 0;
        for (int k = j + dir; marker(d, k); k += dir) after++;
        return before == after;
    }

    private static boolean isItem(Draft d, int i) {
        return d.isContent(i) && d.line(i).words() <= MAX_ITEM_WORDS && !LineShape.endsWithStop(d.line(i).text());
    }

    private static boolean marker(Draft d, int i) {
        return i >= 0 && i < d.size() && d.kinds[i] == LineKind.MARKER;
    }
}
