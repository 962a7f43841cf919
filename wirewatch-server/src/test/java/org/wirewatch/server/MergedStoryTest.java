package org.wirewatch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.RawArticle;
import org.wirewatch.core.model.SourceRef;
import org.wirewatch.core.story.StoryClusterer;
import org.wirewatch.core.story.StorySettings;
import org.wirewatch.index.WirewatchIndex;

/**
 * Two stories stored apart, then merged by an article that bridges them: the real server shows
 * the merged story under the id it survives as, with every article, and the merged id finds it.
 */
class MergedStoryTest {
    private static final String FLOOD = "Floods hit Marrowby as the Lenna bursts its banks\n\n"
            + "Heavy rain caused the Lenna river to burst its banks in Marrowby on Tuesday, flooding 300 homes and cutting power "
            + "to the old town, minister Olga Tarnow said. The Red Cross sent 40 rescue boats to evacuate families from the "
            + "riverside streets. Tarnow promised compensation for every flooded household and said the dam near Kessel "
            + "would be inspected by engineers before the weekend.";
    private static final String CLEAN_UP = "Kessel dam holds as engineers finish their inspection\n\n"
            + "Engineers from the water board inspected the Kessel dam on Wednesday and said it held. Chief engineer Anton Brask "
            + "told reporters that the spillway gates would stay open until the reservoir fell below its summer level, and that "
            + "the board would publish its report on Friday.";

    private static final List<String> OTHER_NEWS = List.of(
            "Piet Vanlo wins Sorvania election\n\nPiet Vanlo of the Green League won the presidential election in Sorvania "
                    + "with 54 percent of the vote, the electoral commission said. He promised a high-speed railway to the coast.",
            "Dock workers strike in Tallamo\n\nDock workers in the port of Tallamo walked out over pay, leaving 70 ships "
                    + "waiting offshore. The union leader Mara Eskel said the strike would last until the port authority made an offer.",
            "Comet seen over Brenhall\n\nAstronomers at the Brenhall observatory photographed a bright comet low in the western "
                    + "sky. The comet will be visible without a telescope for two more weeks, director Ivo Santer said.");

    @TempDir
    static Path data;
    static ServerFixture fixture;
    static String first;
    static String second;
    static String bridge;
    static boolean merged;

    @BeforeAll
    static void storeTwoStoriesThenTheirBridge() throws IOException {
        // thresholds between the halves' similarity to each other and the bridge's to each half, so the halves start apart
        StoryClusterer clusterer = new StoryClusterer(ServerFixture.WIREWATCH.resources().packs(),
                new StorySettings(0.5, 0.5, 0.99, 0.99, Duration.ofDays(3), 24));
        List<Article> placed = new ArrayList<>();
        // other news first, so that rarity is counted over more than the two halves
        for (int i = 0; i < OTHER_NEWS.size(); i++) placed.add(clusterer.add(analysed("other-" + i, "2026-03-02T08:00:00Z", OTHER_NEWS.get(i))));
        placed.add(clusterer.add(analysed("half-1", "2026-03-03T09:00:00Z", FLOOD)));
        placed.add(clusterer.add(analysed("half-2", "2026-03-03T10:00:00Z", CLEAN_UP)));
        placed.add(clusterer.add(analysed("bridge", "2026-03-03T11:00:00Z", FLOOD + "\n\n" + CLEAN_UP.substring(CLEAN_UP.indexOf('\n') + 2))));
        int n = OTHER_NEWS.size();
        merged = clusterer.resolve(placed.get(n).story()).equals(clusterer.resolve(placed.get(n + 1).story()));
        first = placed.get(n).story();
        second = placed.get(n + 1).story();
        bridge = placed.get(n + 2).story();
        try (WirewatchIndex index = WirewatchIndex.open(data, ServerFixture.KB)) {
            for (Article a : placed) index.add(a);
            index.commit();
        }
        try (OutputStream out = Files.newOutputStream(data.resolve("stories.json"))) {
            clusterer.write(out);
        }
        fixture = new ServerFixture(data, ServerSettings.loopback(0), false);
    }

    @AfterAll
    static void stop() throws IOException {
        fixture.close();
    }

    private static Article analysed(String id, String published, String text) {
        return ServerFixture.PIPELINE.analyze(new RawArticle(id, text, text.substring(0, text.indexOf('\n')), null, "en", published, "fixture",
                List.of(), new SourceRef("test", id), true, List.of()));
    }

    @Test
    void the_halves_were_stored_under_two_ids_and_merged_later() {
        assertNotEquals(first, second, "the halves must start apart for this test to mean anything");
        assertEquals(true, merged, "the bridge merged the halves");
        assertEquals(true, Set.of(first, second).contains(bridge), "the bridge joined one half and the other was merged into it");
    }

    @Test
    void the_merged_id_and_the_surviving_id_show_one_story_with_every_article() {
        String merged = bridge.equals(first) ? second : first;
        for (String asked : List.of(bridge, merged)) {
            JsonNode page = fixture.getJson("/api/stories/" + asked);
            assertEquals(bridge, page.get("story").get("id").asText(), "asked for " + asked);
            assertEquals(3, page.get("story").get("articles").asInt(), page.toString());
            Set<String> ids = new TreeSet<>();
            for (JsonNode a : page.get("timeline")) {
                ids.add(a.get("id").asText());
                assertEquals(bridge, a.get("story").asText(), "the timeline shows each article in the surviving story");
            }
            assertEquals(Set.of("bridge", "half-1", "half-2"), ids);
        }
    }

    @Test
    void the_story_list_shows_the_merged_story_once() {
        JsonNode list = fixture.getJson("/api/stories");
        assertEquals(1 + OTHER_NEWS.size(), list.get("total").asInt(), list.toString());
        int shown = 0;
        for (JsonNode story : list.get("items")) {
            String id = story.get("id").asText();
            assertEquals(true, Set.of(first, second).contains(id) == id.equals(bridge), "no story listed under the merged id: " + list);
            if (id.equals(bridge)) {
                shown++;
                assertEquals(3, story.get("articles").asInt(), list.toString());
            }
        }
        assertEquals(1, shown, list.toString());
    }

    @Test
    void a_filtered_story_list_counts_and_shows_the_merged_story_once() {
        // every article of the merged stories matches a date range from the first to the last day stored
        JsonNode all = fixture.getJson("/api/stories");
        JsonNode filtered = fixture.getJson("/api/stories?from=1900-01-01&to=2999-12-31");
        assertEquals(all.get("total").asInt(), filtered.get("total").asInt(), filtered.toString());
        assertEquals(texts(all.get("items")), texts(filtered.get("items")));
    }

    private static List<String> texts(JsonNode items) {
        List<String> ids = new java.util.ArrayList<>();
        for (JsonNode story : items) ids.add(story.get("id").asText());
        return ids;
    }
}
