package org.wirewatch.spark;

import java.io.Serializable;
import java.time.LocalDate;
import org.wirewatch.core.model.Check;

/**
 * How stories are clustered at scale: articles are grouped into time windows of {@code days}
 * (by publication date; undated articles form one window of their own), each window is clustered
 * on one executor with the embedded engine's algorithm, and each window also re-clusters the
 * {@code overlapDays} before it, so a story that crosses a boundary is seen on both sides and its
 * window-local ids are linked. A window task holds {@code days + overlapDays} days of articles.
 */
public record StoryWindowSpec(int days, int overlapDays) implements Serializable {
    /** The window of articles without a date. */
    static final long UNDATED = Long.MIN_VALUE;

    public StoryWindowSpec {
        Check.isTrue(days >= 1, "window days must be >= 1, was %d", days);
        Check.isTrue(overlapDays >= 1, "overlap must be >= 1 day, was %d", overlapDays);
    }

    /**
     * One-day windows, each re-clustering the three days before: a story stays open in the embedded
     * engine for three days after its newest article ({@code StorySettings.defaults().window()}),
     * so a story that pauses that long is still linked. A task holds four days of articles.
     */
    public static StoryWindowSpec daily() {
        return new StoryWindowSpec(1, 3);
    }

    /** What window ids look like in story ids: the window's first day, or "undated". */
    String label(long window) {
        return window == UNDATED ? "undated" : LocalDate.ofEpochDay(window * days).toString();
    }
}
