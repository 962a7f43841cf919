package org.wirewatch.core.clean;

import java.util.ArrayList;
import java.util.List;
import org.wirewatch.core.model.Check;
import org.wirewatch.core.model.Segment;

/**
 * Splits a live blog into its posts. A post starts with a headline line (short, capitalised, not
 * ending a sentence) followed by body paragraphs. An article with a couple of subheadings is not a
 * live blog: that takes at least {@code minPosts} headlines besides the title, and posts that are
 * short on average. Works on raw or cleaned text, with blank lines or single newlines between
 * paragraphs. Thread-safe.
 */
public final class LiveBlogSegmenter {
    /** Headlines (besides the title) a text needs to count as a live blog. */
    public static final int DEFAULT_MIN_POSTS = 4;
    /** Live-blog posts are short; sections of a long read are not posts. */
    private static final int MAX_PARAGRAPHS_PER_POST = 12;

    private final int minPosts;

    public LiveBlogSegmenter() {
        this(DEFAULT_MIN_POSTS);
    }

    public LiveBlogSegmenter(int minPosts) {
        Check.isTrue(minPosts >= 2, "minPosts must be >= 2, was %d", minPosts);
        this.minPosts = minPosts;
    }

    /**
     * Segments over the given text: one covering everything for an ordinary article; one per post
     * (from its headline line to the end of its last paragraph, titled with the headline) for a live
     * blog, plus a leading segment for any introduction before the first post. Offsets are Java
     * String indices into {@code text}. At least one segment for non-empty text; none for "" or null.
     */
    public List<Segment> segment(String text, String articleTitle) {
        if (text == null || text.isEmpty()) return List.of();
        List<Line> paragraphs = Lines.split(text);
        List<Integer> headlines = headlines(paragraphs);
        if (!isLiveBlog(paragraphs, headlines, articleTitle)) return List.of(new Segment(0, text.length(), articleTitle));
        return posts(text, paragraphs, headlines, articleTitle);
    }

    /** Lines shaped like a headline and followed by running text. */
    private static List<Integer> headlines(List<Line> paragraphs) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i + 1 < paragraphs.size(); i++) {
            if (LineShape.looksLikeHeadline(paragraphs.get(i)) && paragraphs.get(i + 1).isProse()) found.add(i);
        }
        return found;
    }

    private boolean isLiveBlog(List<Line> paragraphs, List<Integer> headlines, String articleTitle) {
        int posts = headlines.size();
        if (posts > 0 && headlines.get(0) == 0 && isTitle(paragraphs.get(0), articleTitle)) posts--;
        int body = paragraphs.size() - headlines.size();
        return posts >= minPosts && headlines.size() * MAX_PARAGRAPHS_PER_POST >= body;
    }

    private static boolean isTitle(Line line, String articleTitle) {
        return articleTitle == null || line.norm().equals(Norm.of(articleTitle));
    }

    private static List<Segment> posts(String text, List<Line> paragraphs, List<Integer> found, String articleTitle) {
        List<Integer> headlines = new ArrayList<>(found);
        int last = paragraphs.size() - 1;
        // A last post cut off after its headline still starts a post of its own.
        if (last > headlines.get(headlines.size() - 1) && LineShape.looksLikeHeadline(paragraphs.get(last))) headlines.add(last);
        List<Segment> segments = new ArrayList<>();
        int first = headlines.get(0);
        if (first > 0 && hasIntroduction(paragraphs.subList(0, first), articleTitle)) {
            segments.add(new Segment(paragraphs.get(0).start(), paragraphs.get(first - 1).end(), articleTitle));
        }
        for (int k = 0; k < headlines.size(); k++) {
            Line headline = paragraphs.get(headlines.get(k));
            int lastOfPost = (k + 1 < headlines.size() ? headlines.get(k + 1) : paragraphs.size()) - 1;
            String title = text.substring(headline.start(), headline.end());
            segments.add(new Segment(headline.start(), paragraphs.get(lastOfPost).end(), title));
        }
        return List.copyOf(segments);
    }

    /** Something before the first post other than the article's own title line. */
    private static boolean hasIntroduction(List<Line> before, String articleTitle) {
        String title = articleTitle == null ? null : Norm.of(articleTitle);
        for (Line line : before) if (!line.norm().equals(title)) return true;
        return false;
    }
}
