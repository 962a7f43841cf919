package org.wirewatch.core.extract.amounts;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirewatch.core.lang.LanguagePacks;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Ranges, vague numbers, collective numerals, negated counts and count categories, on invented sentences in en/ru/uk. */
class VagueRangedAndNegatedAmountsTest {
    private static final AmountExtractor AMOUNTS = new AmountExtractor(LanguagePacks.discover());

    /** "value object [~] [COUNT] «text»", value without ".0" when whole. */
    private static List<String> found(String text, String lang) {
        return AMOUNTS.extract(text, lang).stream().map(a -> {
            assertEquals(a.text(), text.substring(a.start(), a.end()));
            String v = a.value() == Math.rint(a.value()) ? Long.toString((long) a.value()) : Double.toString(a.value());
            return v + " " + a.object() + (a.approximate() ? " ~" : "") + (a.count() != null ? " " + a.count() : "") + " «" + a.text() + "»";
        }).toList();
    }

    @Test void rangesCountFromTheirLowerEndAndAreApproximate() {
        assertEquals(List.of("10 person ~ WOUND «10 to 15 people»"), found("Between them 10 to 15 people were injured.", "en"));
        assertEquals(List.of("10 person ~ WOUND «10-15 people»"), found("The blast injured 10-15 people.", "en"));
        assertEquals(List.of("2 clash ~ «two to three clashes»"), found("There were two to three clashes.", "en"));
        assertEquals(List.of("5 person ~ KILL «5 до 7 человек»"), found("Погибли от 5 до 7 человек.", "ru"));
    }

    @Test void aDateIsNoRange() {
        assertEquals(List.of(), found("The office reopened on 13-11-2024 after repairs.", "en"));
    }

    @Test void vagueNumbersAreAtLeastTwoOfTheirUnitAndApproximate() {
        assertEquals(List.of("24 person ~ KILL «Dozens of people»"), found("Dozens of people were killed in the strike.", "en"));
        assertEquals(List.of("20000 resident ~ EVACUATE «tens of thousands of residents»"),
                found("Officials evacuated tens of thousands of residents.", "en"));
        assertEquals(List.of("200 person ~ DISPLACE «сотни людей»"), found("Из города бежали сотни людей.", "ru"));
        assertEquals(List.of("2000 person ~ KIDNAP «тисячі людей»"), found("Окупанти депортували тисячі людей.", "uk"));
    }

    @Test void collectiveNumeralsInRussianAndUkrainian() {
        assertEquals(List.of("3 child KILL «трое детей»"), found("В результате удара погибли трое детей.", "ru"));
        assertEquals(List.of("5 person WOUND «п'ятеро людей»"), found("Внаслідок обстрілу поранено п'ятеро людей.", "uk"));
    }

    @Test void negatedCountsAreNoCounts() {
        assertEquals(List.of("40 passenger"), found("None of the 40 passengers were injured.", "en").stream()
                .map(s -> s.substring(0, s.indexOf(" «"))).toList());
        assertEquals(List.of("12 person"), found("12 people were not hurt in the blast.", "en").stream()
                .map(s -> s.substring(0, s.indexOf(" «"))).toList());
        assertEquals(List.of("3 building"), found("Никто не пострадал, повреждены 3 дома.", "ru").stream()
                .map(s -> s.substring(0, s.indexOf(" «"))).toList());
        assertEquals(List.of("8 person ~ KILL"), found("Погибли не менее 8 человек.", "ru").stream()
                .map(s -> s.substring(0, s.indexOf(" «"))).toList(), "a hedge is no negation");
    }

    @Test void countCategoriesInEveryLanguage() {
        assertEquals(List.of("30 person ARREST «30 people»"), found("Police arrested 30 people after the march.", "en"));
        assertEquals(List.of("200 protester PROTEST «200 protesters»"), found("About 200 protesters gathered.", "en").stream()
                .map(s -> s.replace(" ~", "")).toList());
        assertEquals(List.of("4 person ARREST «4 человека»"), found("Полиция задержала 4 человека.", "ru"));
        assertEquals(List.of("7 person EVACUATE «7 людей»"), found("З села евакуювали 7 людей.", "uk"));
    }
}
