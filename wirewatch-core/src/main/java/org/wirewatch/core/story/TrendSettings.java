package org.wirewatch.core.story;

/**
 * How trending stories are measured (docs/stories.md, "Trending").
 *
 * @param windowHours  the recent window, in hours of article time, ending at "now"
 * @param historyHours the history before the window that gives each story its own expected rate
 * @param breaking     the score from which a story is breaking
 */
public record TrendSettings(int windowHours, int historyHours, double breaking) {
    public static final int MAX_WINDOW_HOURS = 24 * 7;

    public TrendSettings {
        if (windowHours < 1 || windowHours > MAX_WINDOW_HOURS) {
            throw new IllegalArgumentException("window must be 1 to " + MAX_WINDOW_HOURS + " hours, not " + windowHours);
        }
        if (historyHours < 1) throw new IllegalArgumentException("history must be at least 1 hour, not " + historyHours);
    }

    /** A 6-hour window against the three days before it; breaking from a score of 2. */
    public static TrendSettings defaults() {
        return new TrendSettings(6, 72, 2.0);
    }

    public TrendSettings withWindowHours(int hours) {
        return new TrendSettings(hours, historyHours, breaking);
    }
}
