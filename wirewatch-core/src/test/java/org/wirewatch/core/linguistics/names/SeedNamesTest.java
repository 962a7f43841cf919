package org.wirewatch.core.linguistics.names;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.wirewatch.core.SharedData;
import org.wirewatch.core.lang.LanguagePacks;
import org.wirewatch.core.linguistics.morph.Morphology;
import org.wirewatch.core.linguistics.morph.NameClass;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Reuters story in English (seed 002) and in Russian (seed 004): every inflected Russian
 * form of a person the English names must reach the English name's key through nameLemma and
 * key, and no other capitalised Russian word may reach one of those keys.
 */
class SeedNamesTest {
    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:[-'’]\\p{L}+)*");

    /** English surname → how its Russian forms in seed 004 begin. */
    private static final Map<String, String> PEOPLE = new LinkedHashMap<>();
    static {
        PEOPLE.put("Blinken", "Блинкен");
        PEOPLE.put("Rutte", "Рютте");
        PEOPLE.put("Sybiha", "Сибиг");
        PEOPLE.put("Cavoli", "Каволи");
        PEOPLE.put("Lammy", "Лэмми");
        PEOPLE.put("Putin", "Путин");
        PEOPLE.put("Biden", "Байден");
        PEOPLE.put("Trump", "Трамп");
    }

    private final NameKeys keys = LanguagePacks.discover().nameKeys();
    private final Morphology russian = LanguagePacks.discover().morphologies().forLanguage("ru").orElseThrow();

    @Test
    void russian_forms_of_the_people_in_the_english_story_get_their_english_keys() throws IOException {
        String english = seed("002_");
        String translation = seed("004_");
        Map<String, String> englishKeys = new LinkedHashMap<>();
        for (String name : PEOPLE.keySet()) {
            assertTrue(english.contains(name), name + " is in the English story");
            englishKeys.put(keys.key(name, "en"), name);
        }

        Map<String, TreeSet<String>> formsFound = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        for (String word : capitalisedWords(translation)) {
            String key = keys.key(russian.nameLemma(word, NameClass.SURNAME), "ru");
            String expected = expectedPerson(word);
            String reached = englishKeys.get(key);
            if (expected != null && !expected.equals(reached)) wrong.add(word + " → " + key + ", not " + expected);
            if (expected == null && reached != null) wrong.add(word + " → " + key + " = " + reached + "'s key");
            if (reached != null) formsFound.computeIfAbsent(reached, k -> new TreeSet<>()).add(word);
        }
        assertEquals(List.of(), wrong);
        assertEquals(new TreeSet<>(PEOPLE.keySet()), formsFound.keySet(), "people found: " + formsFound);
        // The inflected forms are what makes this hard; make sure they were there to be found.
        assertTrue(formsFound.get("Sybiha").contains("Сибигой"), formsFound.toString());
        assertTrue(formsFound.get("Biden").contains("Байдена"), formsFound.toString());
        assertTrue(formsFound.get("Trump").contains("Трампа"), formsFound.toString());
        assertTrue(formsFound.get("Putin").contains("Путину"), formsFound.toString());
    }

    private static String expectedPerson(String word) {
        for (Map.Entry<String, String> e : PEOPLE.entrySet()) if (word.startsWith(e.getValue())) return e.getKey();
        return null;
    }

    private static List<String> capitalisedWords(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) if (Character.isUpperCase(m.group().charAt(0))) words.add(m.group());
        return words;
    }

    private static String seed(String prefix) throws IOException {
        Path dir = SharedData.require("corpus", "seeds");
        try (Stream<Path> files = Files.list(dir)) {
            Path file = files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
            return Files.readString(file, StandardCharsets.UTF_8);
        }
    }
}
