package org.wirewatch.core.linguistics.names;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wirewatch.core.lang.LanguagePacks;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One key for the spellings of one name across scripts and romanisations; different keys for different names. */
class NameKeysTest {
    private static final NameKeys KEYS = LanguagePacks.discover().nameKeys();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Blinken/en; Блинкен/ru; Блінкен/uk",
            "Zelensky/en; Zelenskyy/en; Zelenskiy/en; Зеленский/ru; Зеленський/uk",
            "Stoltenberg/en; Столтенберг/uk; Столтенберг/ru",
            "Sybiha/en; Сибіга/uk; Сибига/ru; Сибига/uk",
            "Rutte/en; Рютте/ru; Рютте/uk",
            "Lammy/en; Лэмми/ru",
            "Cavoli/en; Каволи/ru",
            "Kyiv/en; Київ/uk",
            "Kharkiv/en; Харків/uk; Харьков/ru",
            "Odesa/en; Odessa/en; Одеса/uk; Одесса/ru",
            "Lviv/en; Львів/uk; Львов/ru",
            "Putin/en; Путин/ru; Путін/uk",
            "Biden/en; Байден/ru; Байден/uk",
            "Trump/en; Трамп/ru; Трамп/uk",
            "Yermak/en; Єрмак/uk; Ермак/ru",
            "Kryvyi Rih/en; Кривий Ріг/uk; Kryvyi-Rih/en",
            "Price/en; Прайс/ru",
            "Joe/en; Джо/ru",
            "Kiev/en; Киев/ru; Kyiv/en",
    })
    void spellings_of_one_name_meet(String spellings) {
        List<String> keys = new ArrayList<>();
        for (String s : spellings.split("; ")) {
            int slash = s.lastIndexOf('/');
            keys.add(KEYS.key(s.substring(0, slash), s.substring(slash + 1)));
        }
        assertEquals(1, keys.stream().distinct().count(), spellings + " → " + keys);
    }

    @Test
    void different_names_do_not_collide() {
        String names = "Blinken Rutte Sybiha Cavoli Lammy Putin Biden Trump Zelensky Stoltenberg Yermak Kovalenko Austin "
                + "Kirby Price Smith Polityuk Harmash Lewis Baerbock Cleverly Macron Scholz Merkel Orban Erdogan Kuleba "
                + "Shmyhal Lavrov Shoigu Peskov Navalny Medvedev Sullivan Harris Johnson Starmer Sunak Meloni Duda Tusk "
                + "Peres Paris Ali Eli Rome Rima Aden Eden Martin Morton Kerry Carey Boston Aston "
                + "Kyiv Kharkiv Odesa Lviv Dnipro Sloviansk Kramatorsk Donetsk Luhansk Kherson Mariupol Bakhmut Avdiivka "
                + "Pokrovsk Sumy Poltava Chernihiv Zaporizhzhia Mykolaiv Moscow Washington Brussels Oslo Vilnius London "
                + "Berlin Warsaw Tehran Isfahan Baku Minsk Riga Tallinn Kremenchuk Irpin Bucha Kursk Belgorod";
        Map<String, String> seen = new HashMap<>();
        for (String name : names.split(" ")) {
            String other = seen.put(KEYS.key(name, "en"), name);
            assertTrue(other == null, name + " and " + other + " share the key " + KEYS.key(name, "en"));
        }
        assertTrue(seen.size() >= 90, "list has " + seen.size());
        // The same across scripts: Russian spellings of distinct names stay distinct too.
        assertNotEquals(KEYS.key("Путин", "ru"), KEYS.key("Путина", "ru"));
        assertNotEquals(KEYS.key("Киев", "ru"), KEYS.key("Кипр", "ru"));
        assertNotEquals(KEYS.key("Рожков", "ru"), KEYS.key("Ройков", "ru"));
    }

    @Test
    void folding_stops_at_near_homophones_by_design() {
        // Ukrainian г is h and Russian writes English h as г: the key cannot keep Gill from Hill.
        assertEquals(KEYS.key("Hill", "en"), KEYS.key("Gill", "en"));
        // Exonyms that are other words are left to the knowledge base's aliases.
        assertNotEquals(KEYS.key("Moscow", "en"), KEYS.key("Москва", "ru"));
    }

    @Test
    void latin_uses_the_bgn_table_of_the_language() {
        assertEquals("Zelensʹkyy", KEYS.latin("Зеленський", "uk"));
        assertEquals("Zelenskiy", KEYS.latin("Зеленский", "ru"));
        assertEquals("Sybiha", KEYS.latin("Сибіга", "uk"));
        assertEquals("Sibiga", KEYS.latin("Сибига", "ru"));
        assertEquals("Kyyiv", KEYS.latin("Київ", "uk"));
        // A Ukrainian letter quoted in Russian text still comes out Latin.
        assertEquals("Kiyiv", KEYS.latin("Київ", "ru"));
        // Latin-script languages as they are, Azerbaijani too; other scripts through ICU's Any-Latin.
        assertEquals("Açiq mənbələr", KEYS.latin("Açiq mənbələr", "az"));
        assertEquals("Zelenskyy", KEYS.latin("Zelenskyy", "en"));
        assertEquals("Blinken", KEYS.latin("Блинкен", null));
    }

    @Test
    void keys_are_plain_lower_case_ascii_words() {
        assertEquals("zelenski", KEYS.key("Zelensʹkyy", "en"));
        assertEquals(KEYS.key("Azerbaycan", "en"), KEYS.key("Azərbaycan", "az"));
        assertEquals("antoni blinkin", KEYS.key("Antony  Blinken", "en"));
        assertEquals("", KEYS.key("—", "en"));
        for (String name : List.of("Зеленський", "Нью-Йорк", "Мар'янівка", "Αθήνα", "Kiїv")) {
            assertTrue(KEYS.key(name, "uk").matches("[a-z0-9 ]+"), name + " → " + KEYS.key(name, "uk"));
        }
    }

    @Test
    void four_threads_get_the_same_keys() throws Exception {
        NameKeys keys = LanguagePacks.discover().nameKeys();
        String[][] work = {{"Блинкен", "ru"}, {"Блінкен", "uk"}, {"Blinken", "en"}, {"Харьков", "ru"}, {"Харків", "uk"}, {"Kharkiv", "en"}};
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                results.add(pool.submit(() -> {
                    start.await();
                    int wrong = 0;
                    for (int i = 0; i < 5_000; i++) {
                        String[] w = work[i % work.length];
                        String expected = i % 6 < 3 ? "blinkin" : "harkiv";
                        if (!keys.key(w[0], w[1]).equals(expected)) wrong++;
                    }
                    return wrong;
                }));
            }
            start.countDown();
            for (Future<Integer> r : results) assertEquals(0, r.get(60, TimeUnit.SECONDS));
        } finally {
            pool.shutdownNow();
        }
    }
}
