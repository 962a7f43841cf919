package org.wirewatch.core.clean;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Drops lines that repeat others: short lines that occur more than once (a caption under every
 * photo), the title again (perhaps with a caption glued on), and promos that paste a sidebar
 * headline after an intro ("Напомним, Headline.").
 */
final class RepeatRules {
    /** Repeated lines longer than this are left alone: a quote may be repeated on purpose. */
    private static final int MAX_REPEATED_WORDS = 8;
    /**
     * A short line said this many times inside the body may be the body's own (a subheading
     * listed in a contents box, a command shown twice); more copies are a template's furniture
     * ("Show image" under every step).
     */
    private static final int KEPT_REPEAT_COUNT = 2;

    /**
     * Drops copies of the title, and the copies of a short line that occurs more than once: all
     * but the first of a line said twice whose first copy stands inside the body (between its
     * first and last prose line: a subheading listed in a contents box and repeated over its
     * section), else every copy (a share bar above and below the story, a caption under every
     * photo).
     */
    void markRepeats(Draft d) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < d.size(); i++) {
            if (d.isContent(i) && isShort(d.line(i))) {
                counts.merge(d.line(i).norm(), 1, Integer::sum);
                first.putIfAbsent(d.line(i).norm(), i);
            }
        }
        int bodyStart = d.firstProse(0);
        int bodyEnd = d.lastProse();
        String title = d.title() >= 0 ? d.line(d.title()).norm() : null;
        for (int i = 0; i < d.size(); i++) {
            if (!d.isContent(i) || i == d.title()) continue;
            String norm = d.line(i).norm();
            if (norm.equals(title) || isTitleWithExtra(d, i, title)) d.kinds[i] = LineKind.TITLE_REPEAT;
            else if (isShort(d.line(i)) && counts.getOrDefault(norm, 0) > 1
                    && !(counts.get(norm) == KEPT_REPEAT_COUNT && isFirstInBody(first.get(norm), i, bodyStart, bodyEnd))) {
                d.kinds[i] = LineKind.DUPLICATE;
            }
        }
    }

    private static boolean isFirstInBody(int first, int i, int bodyStart, int bodyEnd) {
        return i == first && bodyStart >= 0 && bodyStart < i && i < bodyEnd;
    }

    private static boolean isShort(Line line) {
        return !line.norm().isEmpty() && line.words() <= MAX_REPEATED_WORDS;
    }

    /** "Title Name Surname (photo: Getty)": the title again with a caption, not a sentence that starts like it. */
    private static boolean isTitleWithExtra(Draft d, int i, String title) {
        if (title == null || d.line(d.title()).words() < 3) return false;
        String norm = d.line(i).norm();
        return norm.startsWith(title + " ") && !d.line(i).endsSentence();
    }

    /** "Напомним, Headline." where Headline is one of the sidebar's: a promo, not the story. */
    void markEchoes(Draft d) {
        Set<String> listed = new HashSet<>();
        for (int i = 0; i < d.size(); i++) if (d.kinds[i] == LineKind.LISTING) listed.add(d.line(i).norm());
        if (listed.isEmpty()) return;
        for (int i = 0; i < d.size(); i++) {
            if (!d.isContent(i) || i == d.title()) continue;
            String text = d.line(i).text();
            int cut = firstBreak(text);
            if (cut > 0 && listed.contains(Norm.of(text.substring(cut + 1)))) d.kinds[i] = LineKind.PROMO;
        }
    }

    /** Position of the comma or colon ending a short intro ("Напомним,", "Read:"), or -1. */
    private static int firstBreak(String text) {
        for (int i = 0; i < Math.min(text.length(), 60); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == ':') return i;
        }
        return -1;
    }
}
