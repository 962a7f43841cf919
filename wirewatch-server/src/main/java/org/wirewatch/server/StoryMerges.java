package org.wirewatch.server;

import java.util.List;
import org.wirewatch.index.StoredStories;

/**
 * Stories merge after their articles were stored, and a stored article keeps the story id it was
 * given: the views read ids through this, so a merged story shows under the id it survives as,
 * with the articles of every story merged into it.
 */
interface StoryMerges {
    /** For a server without the story state (a read-only index): every id stands for itself. */
    StoryMerges NONE = new StoryMerges() {
        @Override public String survivor(String storyId) { return storyId; }

        @Override public List<String> mergedInto(String survivor) { return List.of(); }
    };

    /** The id the story goes by now. */
    String survivor(String storyId);

    /** The ids of the stories merged into {@code survivor}. */
    List<String> mergedInto(String survivor);

    static StoryMerges of(StoredStories stories) {
        if (stories == null) return NONE;
        return new StoryMerges() {
            @Override public String survivor(String storyId) { return storyId == null ? null : stories.resolve(storyId); }

            @Override public List<String> mergedInto(String survivor) { return stories.mergedIds(survivor); }
        };
    }
}
