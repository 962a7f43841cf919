package org.wirewatch.core.story;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One story: what it is called in each language (the headline of its first article there), its
 * languages and sources, the time it spans (ISO-8601, null when no article is dated), its most
 * mentioned entities, its articles and live-blog posts in order of time, and the ids of the
 * stories merged into it. Immutable.
 */
public record Story(String id, Map<String, String> headlines, List<String> languages, List<String> sources, String start,
                    String end, List<StoryEntity> topEntities, List<StoryItem> timeline, List<String> mergedIds) {

    public Story {
        // by language code: Map.copyOf's order changes from run to run, and callers print and pick the first
        headlines = Collections.unmodifiableMap(new TreeMap<>(headlines));
        languages = List.copyOf(languages);
        sources = List.copyOf(sources);
        topEntities = List.copyOf(topEntities);
        timeline = List.copyOf(timeline);
        mergedIds = List.copyOf(mergedIds);
    }

    /** An entity of the story with the number of its mentions there. */
    public record StoryEntity(String id, String name, int mentions) {}

    /**
     * One article, or one post of a live blog ({@code unit} is then {@code ARTICLE#N}), with the
     * event types found in it.
     */
    public record StoryItem(String unit, String article, String lang, String published, String title,
                            String duplicateOf, String translationOf, List<String> events) {
        public StoryItem {
            events = events == null ? List.of() : List.copyOf(events);
        }
    }
}
