package org.wirewatch.core.clean;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the class and id names of a page's elements say about them: hidden from readers, page
 * furniture (share bars, related links, comments, cookie notices), the article body, or a post
 * embedded from a social network. The names come from the {@code markup-hidden},
 * {@code markup-furniture}, {@code markup-body}, {@code markup-embedded-post} and {@code markup-teaser} sections of the
 * shared cue file; they are web conventions, not words of the article's language.
 *
 * <p>A name is cut into words at every character that is not a letter or digit and at every
 * lower-to-upper case change ("articleBody", "article__body" and "article-body" are all
 * "article body"). Immutable and thread-safe.
 */
public final class MarkupCues {
    /** Cues at least this long also match as the start of a glued word ("share" in "sharebar"). */
    private static final int MIN_PREFIX_CUE = 5;
    /** Words that make the next word a state of the element, not its kind ("has-sidebar", "no-comments"). */
    private static final Set<String> STATE_WORDS = Set.of("has", "is", "no", "with", "without");

    private final Set<String> hidden;
    private final Set<String> furnitureWords;
    private final List<String> furniturePrefixes;
    private final Set<List<String>> bodyRuns;
    private final Set<List<String>> embeddedPostRuns;
    private final Set<String> teaserWords;
    private final int longestRun;

    MarkupCues(CleaningCues cues) {
        this.hidden = Set.copyOf(cues.cues(CueKind.MARKUP_HIDDEN));
        Set<String> words = new HashSet<>();
        List<String> prefixes = new ArrayList<>();
        for (String cue : cues.cues(CueKind.MARKUP_FURNITURE)) {
            String glued = String.join("", words(cue));
            words.add(glued);
            if (glued.length() >= MIN_PREFIX_CUE) prefixes.add(glued);
        }
        this.furnitureWords = Set.copyOf(words);
        this.furniturePrefixes = List.copyOf(prefixes);
        this.bodyRuns = runs(cues.cues(CueKind.MARKUP_BODY));
        this.embeddedPostRuns = runs(cues.cues(CueKind.MARKUP_EMBEDDED_POST));
        this.teaserWords = Set.copyOf(cues.cues(CueKind.MARKUP_TEASER));
        int longest = 0;
        for (List<String> run : bodyRuns) longest = Math.max(longest, run.size());
        for (List<String> run : embeddedPostRuns) longest = Math.max(longest, run.size());
        this.longestRun = longest;
    }

    private static Set<List<String>> runs(Iterable<String> cues) {
        Set<List<String>> runs = new HashSet<>();
        for (String cue : cues) runs.add(words(cue));
        return Set.copyOf(runs);
    }

    /** The cues that ship with Wirewatch. */
    public static MarkupCues bundled() {
        return Holder.BUNDLED;
    }

    private static final class Holder {
        static final MarkupCues BUNDLED = new MarkupCues(TextCleaner.shared());
    }

    /** Whether one class name (not the whole attribute) hides its element ("sr-only"). */
    public boolean hides(String className) {
        return hidden.contains(className.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a class or id attribute marks page furniture: one of its words is a furniture cue,
     * two neighbouring words glued are one ("share" + "bar"), or a word starts with a cue of five
     * letters or more ("socialmedia"); a word after "has", "no", "with" or "without" does not count.
     */
    public boolean marksFurniture(String attribute) {
        List<String> w = words(attribute);
        for (int i = 0; i < w.size(); i++) {
            String word = w.get(i);
            if (i > 0 && STATE_WORDS.contains(w.get(i - 1))) continue;
            if (furnitureWords.contains(word) || startsWithCue(word)) return true;
            if (i + 1 < w.size() && furnitureWords.contains(word + w.get(i + 1))) return true;
        }
        return false;
    }

    private boolean startsWithCue(String word) {
        for (String prefix : furniturePrefixes) if (word.startsWith(prefix)) return true;
        return false;
    }

    /** Whether a class or id attribute marks the article body: it holds a run of words that is a body cue. */
    public boolean marksBody(String attribute) {
        return holdsRun(attribute, bodyRuns);
    }

    /** Whether one of the words of a class attribute is a teaser cue ("sz-teaser", "article-card"). */
    public boolean marksTeaser(String attribute) {
        for (String word : words(attribute)) if (teaserWords.contains(word)) return true;
        return false;
    }

    /** Whether a class attribute marks a post embedded from a social network ("twitter-tweet", "instagram-media"). */
    public boolean marksEmbeddedPost(String attribute) {
        return holdsRun(attribute, embeddedPostRuns);
    }

    private boolean holdsRun(String attribute, Set<List<String>> runs) {
        List<String> w = words(attribute);
        for (int i = 0; i < w.size(); i++) {
            for (int n = 1; n <= longestRun && i + n <= w.size(); n++) {
                if (runs.contains(w.subList(i, i + n))) return true;
            }
        }
        return false;
    }

    /** Lower-case words of a class or id name, cut at non-alphanumerics and at lower-to-upper changes. */
    static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        char previous = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean letter = Character.isLetter(c);
            if (!letter && !Character.isDigit(c)) {
                flush(word, out);
            } else {
                if (Character.isUpperCase(c) && Character.isLowerCase(previous)) flush(word, out);
                word.append(Character.toLowerCase(c));
            }
            previous = c;
        }
        flush(word, out);
        return out;
    }

    private static void flush(StringBuilder word, List<String> out) {
        if (word.length() > 0) out.add(word.toString());
        word.setLength(0);
    }
}
