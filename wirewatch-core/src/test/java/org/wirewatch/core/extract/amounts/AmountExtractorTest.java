package org.wirewatch.core.extract.amounts;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirewatch.core.lang.LanguagePacks;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Invented sentences in the three languages; each names what a reader would expect to be counted. */
class AmountExtractorTest {
    private static final AmountExtractor AMOUNTS = new AmountExtractor(LanguagePacks.discover());

    private static List<String> summary(String text, String lang) {
        return AMOUNTS.extract(text, lang).stream().map(AmountExtractorTest::describe).toList();
    }

    private static void expect(String text, String lang, String... amounts) {
        assertEquals(List.of(amounts), summary(text, lang), text);
    }

    /** "value object [~] [COUNT]", value without ".0" when whole. */
    private static String describe(FoundAmount a) {
        String v = a.value() == Math.rint(a.value()) ? Long.toString((long) a.value()) : Double.toString(a.value());
        return v + " " + a.object() + (a.approximate() ? " ~" : "") + (a.count() != null ? " " + a.count() : "");
    }

    @Test
    void english_digits_and_words_with_their_objects() {
        expect("The army launched 12 missiles and seven attack drones at the port overnight.", "en", "12 missile", "7 drone");
        expect("Forces fired four ballistic and cruise missiles and 35 drones.", "en", "4 missile", "35 drone");
    }

    @Test
    void hedges_mark_an_amount_approximate() {
        expect("Over 150 drones and missiles were fired; about 40 residents left.", "en", "150 drone and missile ~", "40 resident ~");
        expect("More than 20 countries signed, and at least 6 leaders came.", "en", "20 country ~", "6 leader ~");
    }

    @Test
    void money_keeps_its_multiplier_and_currency() {
        expect("The fund pledged $2.5 billion and another 40 million dollars.", "en", "2500000000 usd", "40000000 usd");
    }

    @Test
    void a_percentage_counts_only_when_it_is_of_something() {
        expect("Members must spend 2 percent of GDP on defence.", "en", "2 percent of gdp");
        expect("Support fell 5% in March and 3 percent on Monday.", "en");
    }

    @Test
    void people_take_the_count_category_their_sentence_gives() {
        expect("At least 9 people were injured in the strike.", "en", "9 person ~ WOUND");
        expect("Four people — including three children — were killed.", "en", "4 person KILL", "3 child KILL");
        expect("Shelling killed 11 soldiers and wounded 25 civilians.", "en", "11 soldier KILL", "25 civilian WOUND");
        expect("Police arrested 14 people. Later 70 residents were evacuated.", "en", "14 person ARREST", "70 resident EVACUATE");
    }

    @Test
    void evacuees_and_refugees_are_counted_as_such_without_a_verb() {
        expect("The town took 150 evacuees and 40 refugees.", "en", "150 evacuee EVACUATE", "40 refugee DISPLACE");
        expect("The strike killed 6 refugees.", "en", "6 refugee KILL");
    }

    @Test
    void things_are_not_killed_even_beside_a_cue() {
        expect("The 20 missiles killed nobody.", "en", "20 missile");
    }

    @Test
    void ages_dates_times_years_counters_and_identifiers_are_not_amounts() {
        expect("A 52-year-old woman, aged 52, said it at 17:21 on March 3, 2023.", "en");
        expect("In 2021 the F-16 and AIM-7 came up at the G7; the page had 2.4т views.", "en");
        expect("He is 61 years old.", "en");
        expect("Prices rose 5% in March, and 5 or 6 more.", "en");
        expect("Published 13-11-2024, 17:21.", "en");
    }

    @Test
    void offsets_cover_the_number_and_its_object() {
        String text = "Officials said 343 times was a record.";
        FoundAmount a = AMOUNTS.extract(text, "en").get(0);
        assertEquals("343 times", text.substring(a.start(), a.end()));
        assertEquals(a.text(), text.substring(a.start(), a.end()));
        assertEquals("time", a.object());
        assertEquals(343.0, a.toModel().value());
    }

    @Test
    void russian_inflected_numbers_and_nouns_are_lemmatised_and_translated() {
        expect("Армия выпустила 15 ракет и 60 дронов по городу.", "ru", "15 missile", "60 drone");
        expect("Войска заняли три села за последние пять лет.", "ru", "3 village", "5 year");
        expect("Потери составили 120 тысяч оккупантов.", "ru", "120000 occupier");
        expect("Стороны обменялись: передано 12 тел.", "ru", "12 body");
    }

    @Test
    void russian_percent_needs_an_object_and_hedges_are_found() {
        expect("Страны должны тратить 3% ВВП на оборону.", "ru", "3 percent of gdp");
        expect("Инфляция составила 7%.", "ru");
        expect("Погибли не менее 8 человек, около 30 человек ранены.", "ru", "8 person ~ KILL", "30 person ~ WOUND");
    }

    @Test
    void russian_dates_and_years_are_not_amounts() {
        expect("Это случилось 22 июня, в феврале 2022 года.", "ru");
    }

    @Test
    void ukrainian_numbers_words_and_objects() {
        expect("Ворог випустив сім балістичних ракет і 45 безпілотників.", "uk", "7 missile", "45 drone");
        expect("Щонайменше п’ять людей загинули, ще двоє дітей поранені.", "uk", "5 person ~ KILL", "2 child WOUND");
        expect("Понад 300 мешканців евакуйовано з двох сіл.", "uk", "300 resident ~ EVACUATE", "2 village");
    }

    @Test
    void ukrainian_word_numbers_before_adjectives_and_forms_the_dictionary_lacks() {
        expect("Сили ППО збили шість балістичних ракет і 12 шахедів.", "uk", "6 missile", "12 drone");
        expect("Росіяни втратили понад 1,5 тисячі військових.", "uk", "1500 soldier ~");
    }

    @Test
    void multipliers_in_any_case() {
        expect("Речь о двух миллионах долларов и 3 млн беженцев.", "ru", "2000000 usd", "3000000 refugee DISPLACE");
    }

    @Test
    void unknown_nouns_keep_their_own_lemma() {
        expect("Рабочие построили 4 моста.", "ru", "4 мост");
    }

    @Test
    void one_extractor_serves_many_threads_alike() throws Exception {
        String text = "Понад 300 мешканців евакуйовано, щонайменше п’ять людей загинули.";
        List<FoundAmount> expected = AMOUNTS.extract(text, "uk");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var futures = new java.util.ArrayList<java.util.concurrent.Future<List<FoundAmount>>>();
            for (int k = 0; k < 200; k++) futures.add(pool.submit(() -> AMOUNTS.extract(text, "uk")));
            for (var f : futures) assertEquals(expected, f.get());
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void languages_without_cues_give_nothing() {
        assertEquals(List.of(), AMOUNTS.extract("40 Raketen", "de"));
    }
}
