package org.wirewatch.core.story;

import java.time.Duration;
import org.wirewatch.core.model.Check;

/**
 * How the clusterer decides. {@code join}: least similarity for an article to join a story;
 * {@code merge}: least similarity of two stories (and of the article to both) to merge them;
 * {@code duplicate}: least estimated Jaccard of word shingles for a near-duplicate;
 * {@code translation}: least cross-lingual agreement (entities and their order) for a translation;
 * {@code window}: how far apart in time an article and a story's articles may be for the article
 * to join it; {@code candidates}: how many stories retrieved from the index are scored in full;
 * {@code lateness}: how late (or early) an article may arrive, in article time, and still find
 * its story: a story stays open until the newest date seen is {@code window + lateness} past its
 * newest article (docs/stories.md, "Order of arrival").
 */
public record StorySettings(double join, double merge, double duplicate, double translation, Duration window, int candidates,
                            Duration lateness) {

    /** How late an article may arrive when the caller does not say: a month of stream time. */
    public static final Duration DEFAULT_LATENESS = Duration.ofDays(30);

    public StorySettings {
        Check.isTrue(join > 0 && join <= 1, "join must be in (0, 1], was %s", join);
        Check.isTrue(merge >= join && merge <= 1, "merge must be in [join, 1], was %s", merge);
        Check.isTrue(duplicate > 0 && duplicate <= 1, "duplicate must be in (0, 1], was %s", duplicate);
        Check.isTrue(translation > 0 && translation <= 1, "translation must be in (0, 1], was %s", translation);
        Check.notNullParam(window, "window");
        Check.isTrue(!window.isNegative() && !window.isZero(), "window must be > 0, was %s", window);
        Check.isTrue(candidates >= 1, "candidates must be >= 1, was %d", candidates);
        Check.notNullParam(lateness, "lateness");
        Check.isTrue(!lateness.isNegative(), "lateness must be >= 0, was %s", lateness);
    }

    /** The settings with the default lateness ({@link #DEFAULT_LATENESS}). */
    public StorySettings(double join, double merge, double duplicate, double translation, Duration window, int candidates) {
        this(join, merge, duplicate, translation, window, candidates, DEFAULT_LATENESS);
    }

    /** The same settings with another lateness. */
    public StorySettings withLateness(Duration lateness) {
        return new StorySettings(join, merge, duplicate, translation, window, candidates, lateness);
    }

    /** The settings the project's figures were measured with (docs/stories.md). */
    public static StorySettings defaults() {
        return new StorySettings(0.75, 0.85, 0.7, 0.6, Duration.ofDays(3), 24);
    }

    long windowMinutes() {
        return window.toMinutes();
    }

    /** How long after its newest article, in article time, a story stays open. */
    long openMinutes() {
        return window.toMinutes() + lateness.toMinutes();
    }
}
