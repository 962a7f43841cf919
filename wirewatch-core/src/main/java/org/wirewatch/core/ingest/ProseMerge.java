package org.wirewatch.core.ingest;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * Readability's pick widened to the prose of the container next to it. Readability keeps one
 * block and its close siblings; when the article goes on in another wrapper (an intro box, a
 * second column of text, paragraphs after an embedded gallery), the prose container holds both
 * parts. The merged text is the container's run of paragraphs from the first to the last one
 * Readability kept, grown on both sides while the next paragraph is prose: a heading or a short
 * label (the title of a teaser, an author box, a comment form) ends the article there. Stateless.
 */
final class ProseMerge {
    private ProseMerge() {}

    /**
     * @param pick      Readability's text
     * @param container the prose container's text, without its link-dense blocks
     * @return the merged text; {@code pick} when the two share no paragraph
     */
    static String merge(String pick, String container) {
        Set<String> picked = new HashSet<>(Arrays.asList(pick.split("\n\n")));
        String[] paragraphs = container.split("\n\n");
        int first = -1;
        int last = -1;
        for (int i = 0; i < paragraphs.length; i++) {
            if (!picked.contains(paragraphs[i])) continue;
            if (first < 0) first = i;
            last = i;
        }
        if (first < 0) return pick;
        while (first > 0 && isProse(paragraphs[first - 1])) first--;
        while (last + 1 < paragraphs.length && isProse(paragraphs[last + 1])) last++;
        return String.join("\n\n", Arrays.asList(paragraphs).subList(first, last + 1));
    }

    private static boolean isProse(String paragraph) {
        return paragraph.length() >= ProseContainer.MIN_PARAGRAPH;
    }
}
