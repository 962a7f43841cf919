package org.wirewatch.core.model;

/**
 * A unit of an article that later stages treat on its own: the whole article, or one post of a
 * live blog. {@code title} is the post's headline (null when the segment has none); {@code story}
 * is the story the post belongs to (null until stories are assigned), so one live blog can feed
 * several stories.
 */
public record Segment(int start, int end, String title, String story) {
    public Segment {
        Check.isTrue(start >= 0 && start <= end, "segment [%d,%d)", start, end);
    }

    public Segment(int start, int end, String title) {
        this(start, end, title, null);
    }

    /** This segment placed in a story. */
    public Segment withStory(String storyId) {
        return new Segment(start, end, title, storyId);
    }
}
