package org.wirewatch.core.extract.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.wirewatch.core.SharedData;
import org.wirewatch.core.clean.TextCleaner;
import org.wirewatch.core.model.Mention;

/** Seeds 002 (English) and 004 (its Russian translation): the same people, bodies and places get the same ids. */
class SeedEntitiesTest {
    private final EntityRecognizer recognizer = Recognizers.STANDARD;

    private static String seed(String number) throws IOException {
        Path dir = SharedData.require("corpus", "seeds");
        try (Stream<Path> files = Files.list(dir)) {
            Path file = files.filter(p -> p.getFileName().toString().startsWith(number + "_")).findFirst().orElseThrow();
            return new TextCleaner().clean(Files.readString(file)).text();   // the text analyze works on
        }
    }

    private Map<String, String> idsByName(String text, String lang) {
        return recognizer.recognize(text, lang, null).mentions().stream()
                .collect(Collectors.toMap(Mention::name, Mention::id, (a, b) -> a));
    }

    @Test
    void sharedEntitiesOfTheTranslationPairHaveOneIdentity() throws IOException {
        Map<String, String> english = idsByName(seed("002"), "en");
        Map<String, String> russian = idsByName(seed("004"), "ru");

        for (String name : List.of("Antony Blinken", "Mark Rutte", "Joe Biden", "Donald Trump", "Vladimir Putin",
                "Andrii Sybiha", "Christopher Cavoli", "David Lammy", "NATO", "European Union", "Brussels",
                "Kyiv", "Russia", "Ukraine", "United States", "United Kingdom", "North Korea")) {
            assertTrue(english.containsKey(name), name + " in 002: " + english.keySet());
            assertTrue(russian.containsKey(name), name + " in 004: " + russian.keySet());
            assertEquals(english.get(name), russian.get(name), name);
        }
    }

    @Test
    void noPersonIsTypedAsSomethingElseInTheRussianSeed() throws IOException {
        List<Mention> mentions = recognizer.recognize(seed("004"), "ru", null).mentions();
        Set<String> people = mentions.stream().filter(m -> m.type().equals("PER")).map(Mention::name).collect(Collectors.toSet());

        assertEquals(Set.of("Antony Blinken", "Mark Rutte", "Joe Biden", "Donald Trump", "Vladimir Putin", "Andrii Sybiha",
                "Christopher Cavoli", "David Lammy"), people);
    }

    @Test
    void onceASoldierIsNamedEveryLaterMentionIsHim() throws IOException {
        List<Mention> mentions = recognizer.recognize(seed("003"), "en", null).mentions();
        List<Mention> syrotiuk = mentions.stream().filter(m -> m.text().contains("Syrotiuk")).toList();

        assertTrue(syrotiuk.size() >= 2, syrotiuk.toString());
        assertEquals(1, syrotiuk.stream().map(Mention::id).distinct().count(), syrotiuk.toString());
        assertTrue(syrotiuk.stream().allMatch(m -> m.type().equals("PER")), syrotiuk.toString());
    }
}
