package org.wirewatch.core.extract.amounts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.wirewatch.core.SharedData;
import org.wirewatch.core.clean.TextCleaner;
import org.wirewatch.core.lang.LanguagePacks;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The seed articles, read in place from ../shared and cleaned first, as the pipeline does. */
class SeedAmountsTest {
    private static final AmountExtractor AMOUNTS = new AmountExtractor(LanguagePacks.discover());
    private static final TextCleaner CLEANER = new TextCleaner();

    private static List<FoundAmount> amounts(String prefix, String lang) throws IOException {
        return AMOUNTS.extract(cleaned(prefix), lang);
    }

    private static String cleaned(String prefix) throws IOException {
        try (var files = Files.list(SharedData.require("corpus", "seeds"))) {
            Path seed = files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
            return CLEANER.clean(Files.readString(seed)).text();
        }
    }

    private static boolean has(List<FoundAmount> found, double value, String object, boolean approximate) {
        return found.stream().anyMatch(a -> a.value() == value && a.object().equals(object) && a.approximate() == approximate);
    }

    @Test
    void seed_000_counts_40_missiles() throws IOException {
        assertTrue(has(amounts("000", "en"), 40, "missile", false));
    }

    @Test
    void seed_002_counts_missiles_drones_and_a_hedged_200_but_no_age() throws IOException {
        List<FoundAmount> found = amounts("002", "en");
        assertTrue(has(found, 6, "missile", false), found::toString);
        assertTrue(has(found, 90, "drone", false), found::toString);
        assertTrue(found.stream().anyMatch(a -> a.value() == 200 && a.approximate() && a.object().contains("drone")
                && a.object().contains("missile")), found::toString);
        assertFalse(found.stream().anyMatch(a -> a.value() == 48), found::toString);
    }

    @Test
    void seed_003_gives_casualty_counts_and_money() throws IOException {
        List<FoundAmount> found = amounts("003", "en");
        assertTrue(found.stream().anyMatch(a -> a.value() == 10 && a.object().equals("person") && a.approximate()
                && "WOUND".equals(a.count())), found::toString);
        assertTrue(found.stream().anyMatch(a -> a.value() == 2 && a.object().equals("child") && "KILL".equals(a.count())), found::toString);
        assertTrue(has(found, 343, "time", false), found::toString);
        assertTrue(has(found, 300_000_000, "usd", false), found::toString);
        assertTrue(found.stream().anyMatch(a -> a.value() == 300 && a.object().equals("child") && "EVACUATE".equals(a.count())),
                found::toString);
        assertTrue(found.stream().anyMatch(a -> a.value() == 24 && a.object().equals("leader") && a.approximate()
                && a.text().startsWith("Dozens of")), found::toString);
    }

    @Test
    void seed_004_counts_four_years_and_nothing_from_the_sidebar() throws IOException {
        String text = cleaned("004");
        List<FoundAmount> found = AMOUNTS.extract(text, "ru");
        assertTrue(has(found, 4, "year", false), found::toString);
        for (FoundAmount a : found) {
            // the sidebar's headlines (20 bodies, 695 thousand occupiers, 5% of GDP) are gone after cleaning
            assertFalse(a.text().toLowerCase(Locale.ROOT).contains("тыс") || a.object().startsWith("percent"), a::toString);
            assertEquals(a.text(), text.substring(a.start(), a.end()));
        }
    }

    @Test
    void every_amount_in_every_seed_points_at_its_own_text() throws IOException {
        String[] langs = {"en", "en", "en", "en", "ru"};
        for (int i = 0; i < 5; i++) {
            String text = cleaned("00" + i);
            for (FoundAmount a : AMOUNTS.extract(text, langs[i])) {
                assertEquals(a.text(), text.substring(a.start(), a.end()));
                assertFalse(a.text().contains("\n"), a::toString);
            }
        }
    }

    @Test
    void seed_004_sidebar_amounts_are_found_in_the_raw_text() throws IOException {
        Path seed;
        try (var files = Files.list(SharedData.require("corpus", "seeds"))) {
            seed = files.filter(p -> p.getFileName().toString().startsWith("004")).findFirst().orElseThrow();
        }
        List<FoundAmount> found = AMOUNTS.extract(Files.readString(seed), "ru");
        assertTrue(has(found, 695_000, "occupier", false), found::toString);
        assertTrue(has(found, 20, "body", false), found::toString);
        assertTrue(has(found, 2, "village", false), found::toString);
        assertTrue(has(found, 5, "percent of gdp", false), found::toString);
    }
}
