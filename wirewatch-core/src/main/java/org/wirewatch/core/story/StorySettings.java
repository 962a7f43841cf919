package org.wirewatch.core.story;

import java.time.Duration;
import org.wirewatch.core.model.Check;

/**
 * How the clusterer decides. {@code join}: least similarity for an article to join a story;
 * {@code merge}: least similarity of two stories (and of the article to both) to merge them;
 * {@code duplicate}: least estimated Jaccard of word shingles for a near-duplicate;
 * {@code translation}: least cross-lingual agreement (entities and their order) for a translation;
 * {@code window}: how long a story stays open after its newest article; {@code candidates}: how
 * many stories retrieved from the index are scored in full.
 */
public record StorySettings(double join, double merge, double duplicate, double translation, Duration window, int candidates) {

    public StorySettings {
        Check.isTrue(join > 0 && join <= 1, "join must be in (0, 1], was %s", join);
        Check.isTrue(merge >= join && merge <= 1, "merge must be in [join, 1], was %s", merge);
        Check.isTrue(duplicate > 0 && duplicate <= 1, "duplicate must be in (0, 1], was %s", duplicate);
        Check.isTrue(translation > 0 && translation <= 1, "translation must be in (0, 1], was %s", translation);
        Check.notNullParam(window, "window");
        Check.isTrue(!window.isNegative() && !window.isZero(), "window must be > 0, was %s", window);
        Check.isTrue(candidates >= 1, "candidates must be >= 1, was %d", candidates);
    }

    /** The settings the project's figures were measured with (docs/stories.md). */
    public static StorySettings defaults() {
        return new StorySettings(0.8, 0.85, 0.7, 0.5, Duration.ofDays(3), 24);
    }

    long windowMinutes() {
        return window.toMinutes();
    }
}
