package org.wirewatch.core.model;

/**
 * A unit of an article that later stages treat on its own: the whole article, or one post of a
 * live blog. {@code title} is the post's headline (null when the segment has none).
 */
public record Segment(int start, int end, String title) {
    public Segment {
        Check.isTrue(start >= 0 && start <= end, "segment [%d,%d)", start, end);
    }
}
