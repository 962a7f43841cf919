package org.wirewatch.core.story;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A {@link StoryClusterer}'s whole state as plain data, written as one JSON document. Versioned:
 * a snapshot of an unknown version is refused rather than half-read. Version 1 (before stories
 * were filed by day and kept open for late articles) is read with the default lateness, each
 * story's keys filed on its newest day.
 */
record ClustererSnapshot(int version, double join, double merge, double duplicate, double translation, long windowMinutes,
                         int candidates, Long latenessMinutes, long sequence, long newest, int documents,
                         Map<String, Integer> frequencies, boolean countRarity, List<StoryState.Saved> open,
                         Map<String, String> mergedInto, List<Story> closed) {
    static final int VERSION = 2;
    private static final int OLDEST_READ = 1;

    static ClustererSnapshot of(StorySettings s, long sequence, long newest, Rarity rarity, boolean countRarity,
                                List<StoryState.Saved> open, Map<String, String> mergedInto, List<Story> closed) {
        return new ClustererSnapshot(VERSION, s.join(), s.merge(), s.duplicate(), s.translation(), s.windowMinutes(), s.candidates(),
                s.lateness().toMinutes(), sequence, newest, rarity.documents(), rarity.frequencies(), countRarity, open, mergedInto, closed);
    }

    StorySettings settings() {
        Duration lateness = latenessMinutes == null ? StorySettings.DEFAULT_LATENESS : Duration.ofMinutes(latenessMinutes);
        return new StorySettings(join, merge, duplicate, translation, Duration.ofMinutes(windowMinutes), candidates, lateness);
    }

    private static ObjectMapper mapper() {
        return new ObjectMapper()
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    static void write(OutputStream out, ClustererSnapshot s) throws IOException {
        mapper().writeValue(out, s);
    }

    static ClustererSnapshot read(InputStream in) throws IOException {
        ClustererSnapshot s = mapper().readValue(in, ClustererSnapshot.class);
        if (s.version() < OLDEST_READ || s.version() > VERSION) {
            throw new IOException("story snapshot version " + s.version() + ", expected " + OLDEST_READ + " to " + VERSION);
        }
        return s;
    }
}
