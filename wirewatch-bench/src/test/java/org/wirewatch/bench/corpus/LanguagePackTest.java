package org.wirewatch.bench.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LanguagePackTest {

    @Test
    void everyPackHasTheSameNumberOfEachTemplateSoTranslationsAlign() {
        LanguagePack english = Packs.of("en");
        for (LanguagePack pack : Packs.all()) {
            for (EventKind kind : EventKind.values()) {
                assertEquals(3, pack.titles(kind).size(), pack.code() + " " + kind);
                assertEquals(2, pack.leads(kind).size(), pack.code() + " " + kind);
                assertEquals(3, pack.details(kind).size(), pack.code() + " " + kind);
            }
            assertEquals(english.common().size(), pack.common().size(), pack.code());
        }
    }

    @Test
    void everyTemplateFillsForEveryKindOfStoryInEveryLanguage() {
        for (int story = 0; story < 120; story++) {
            StoryPlan plan = StoryPlan.of(3, story);
            for (LanguagePack pack : Packs.all()) {
                StoryText text = new StoryText(plan, pack, "Agency");
                for (EventKind kind : List.of(plan.kind())) {
                    for (String t : pack.titles(kind)) assertFilled(text.fill(t));
                    for (String t : pack.leads(kind)) assertFilled(text.fill(t));
                    for (String t : pack.details(kind)) assertFilled(text.fill(t));
                }
                for (String t : pack.common()) assertFilled(text.fill(t));
            }
        }
    }

    @Test
    void aTranslationSaysTheSameNumbersInTheSameOrder() {
        StoryPlan plan = StoryPlan.of(11, 4);
        List<String> numbers = null;
        for (LanguagePack pack : Packs.all()) {
            StoryText.Body body = new StoryText(plan, pack, "Agency").body(11, 0);
            // The facts of the plan; an English wire dateline adds the day of the month, which is style, not a fact.
            List<String> found = java.util.Arrays.stream(String.join(" ", body.paragraphs()).split("[^0-9]+"))
                    .filter(n -> !n.isEmpty() && plan.numbers().containsValue(Integer.parseInt(n))).toList();
            if (numbers == null) numbers = found;
            assertEquals(numbers, found, pack.code());
        }
    }

    @Test
    void genderedFormsAgreeWithTheActor() {
        Slots slots = new Slots(java.util.Map.of("a", "Каллас"), true, false);
        assertEquals("Каллас заявила", slots.fill("{a} заявил{a:|а}"));
        assertEquals("Каллас попередила", slots.fill("{a} попереди{a:в|ла}"));
        assertEquals("Каллас", slots.fill("{^a}"));
    }

    private static void assertFilled(String text) {
        assertFalse(text.contains("{") || text.contains("}"), text);
        assertTrue(text.strip().length() > 10, text);
    }
}
