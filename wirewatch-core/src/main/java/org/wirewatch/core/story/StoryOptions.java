package org.wirewatch.core.story;

import org.wirewatch.core.model.Check;

/**
 * How a caller asks for stories ({@code Wirewatch.stories}): with which settings, and whether the
 * articles are placed as they arrive ({@link #stream}: what an index or a live feed needs) or held
 * until the input ends and placed in order of publication ({@link #wholeInput}, {@code holdInput}:
 * what {@code analyze} does, so that the result does not depend on the order the files were read in).
 */
public record StoryOptions(StorySettings settings, boolean holdInput) {
    public StoryOptions {
        Check.notNullParam(settings, "settings");
    }

    /** Each article placed as it arrives, with the default settings. */
    public static StoryOptions stream() {
        return new StoryOptions(StorySettings.defaults(), false);
    }

    /** The whole input held and placed at its end, with the default settings. */
    public static StoryOptions wholeInput() {
        return new StoryOptions(StorySettings.defaults(), true);
    }
}
