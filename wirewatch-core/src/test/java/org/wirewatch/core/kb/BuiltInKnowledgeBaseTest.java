package org.wirewatch.core.kb;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.wirewatch.core.lang.LanguagePacks;
import org.wirewatch.core.linguistics.morph.DemonymInflections;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BuiltInKnowledgeBaseTest {
    private static final DemonymInflections INFLECTIONS = LanguagePacks.discover().demonymInflections();
    private static final KnowledgeBase KB = KnowledgeBases.builtIn();
    private final Locale defaultLocale = Locale.getDefault();

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(defaultLocale);
    }

    /** The first entity find() proposes, by id; "-" when there is none. */
    private static String top(String name, String lang) {
        List<KbEntity> found = KB.find(name, lang);
        return found.isEmpty() ? "-" : found.get(0).id();
    }

    @ParameterizedTest(name = "{0} ({1}) is Kyiv")
    @CsvSource({"Kyiv, en", "Kiev, en", "KYIV, en", "Киев, ru", "Київ, uk", "Київ, ru", "Kijów, pl"})
    void kyivIsOnePlaceInEveryScriptAndSpelling(String name, String lang) {
        assertEquals("ww:kyiv", top(name, lang));
        assertEquals(EntityType.LOC, KB.find(name, lang).get(0).type());
    }

    @ParameterizedTest(name = "{0} ({1}) is NATO")
    @CsvSource({"NATO, en", "the Alliance, en", "The alliance, en", "North Atlantic Treaty Organization, en",
        "НАТО, ru", "Североатлантический альянс, ru", "альянс, ru", "НАТО, uk", "Північноатлантичний альянс, uk"})
    void natoIsOneOrganisationUnderAllItsNames(String name, String lang) {
        assertEquals("ww:nato", top(name, lang));
        assertEquals(EntityType.ORG, KB.byId("ww:nato").orElseThrow().type());
    }

    @ParameterizedTest(name = "{0} ({1}) is Blinken")
    @CsvSource({"Blinken, en", "Antony Blinken, en", "Блинкен, ru", "Энтони Блинкен, ru", "Блінкен, uk", "Ентоні Блінкен, uk"})
    void blinkenIsOnePersonInThreeLanguages(String name, String lang) {
        assertEquals("ww:blinken", top(name, lang));
        assertEquals("Antony Blinken", KB.find(name, lang).get(0).name());
        assertEquals(EntityType.PER, KB.find(name, lang).get(0).type());
    }

    @ParameterizedTest(name = "{0} ({1}) → {2}")
    @CsvSource({
        "Kharkov, en, ww:kharkiv", "Харьков, ru, ww:kharkiv", "Odessa, en, ww:odesa", "Одеса, uk, ww:odesa",
        "Dnipropetrovsk, en, ww:dnipro", "Krivoy Rog, en, ww:kryvyi-rih", "Кривий Ріг, uk, ww:kryvyi-rih",
        "Lvov, en, ww:lviv", "Донецька область, uk, ww:donetsk-oblast", "Donetsk region, en, ww:donetsk-oblast",
        "Крим, uk, ww:crimea", "Donbass, en, ww:donbas", "Белгород, ru, ww:belgorod", "Vilnius, en, ww:vilnius",
        "Слов’янськ, uk, ww:sloviansk", "Словянськ, uk, ww:sloviansk", "МАГАТЭ, ru, ww:iaea", "МАГАТЕ, uk, ww:iaea",
        "Госдеп, ru, ww:state-department", "ВСУ, ru, ww:armed-forces-of-ukraine", "ЗСУ, uk, ww:armed-forces-of-ukraine",
        "Ukrenergo, en, ww:ukrenergo", "National Security and Defence Council, en, ww:nsdc",
        "ЄС, uk, ww:eu", "ЕС, ru, ww:eu", "ООН, ru, ww:un",
        "Зеленський, uk, ww:zelensky", "Zelenskyy, en, ww:zelensky", "Путін, uk, ww:putin", "Рютте, ru, ww:rutte",
        "Сибіга, uk, ww:sybiha", "Erdogan, en, ww:erdogan", "Эрдоган, ru, ww:erdogan", "Orban, en, ww:orban",
        "Secretary-General Stoltenberg, en, -", "США, ru, iso:US", "Штати, uk, iso:US", "U.S., en, iso:US",
        "Britain, en, iso:GB", "Великобритания, ru, iso:GB", "Британія, uk, iso:GB", "РФ, ru, iso:RU"})
    void variantsFindTheirEntity(String name, String lang, String id) {
        assertEquals(id, top(name, lang));
    }

    @Test
    void theLanguageOfTheTextComesFirstWhenANameIsShared() {
        // "Днепр" is the city in Russian; the river has the name too, but ranks after the city
        List<KbEntity> dnipro = KB.find("Днепр", "ru");
        assertEquals("ww:dnipro", dnipro.get(0).id());
        assertTrue(dnipro.stream().anyMatch(e -> e.id().equals("ww:dnipro-river")), dnipro.toString());
    }

    @ParameterizedTest(name = "{0} ({1}) → Russia")
    @CsvSource({"Russian, en", "Russians, en", "российские, ru", "российских, ru", "русской, ru", "россияне, ru",
        "російських, uk", "російська, uk", "росіяни, uk", "Российские, ru"})
    void demonymsNameRussia(String word, String lang) {
        assertEquals("iso:RU", KB.countryOfDemonym(word, lang, INFLECTIONS).map(KbEntity::id).orElse("-"));
    }

    @ParameterizedTest(name = "{0} ({1}) → {2}")
    @CsvSource({"Ukrainian, en, iso:UA", "украинский, ru, iso:UA", "українських, uk, iso:UA", "American, en, iso:US",
        "американские, ru, iso:US", "британська, uk, iso:GB", "British, en, iso:GB", "North Korean, en, iso:KP",
        "северокорейских, ru, iso:KP", "немецкий, ru, iso:DE", "німецькі, uk, iso:DE",
        "российские, uk, iso:RU", "Russian, , iso:RU"})
    void demonymsNameTheirCountry(String word, String lang, String id) {
        assertEquals(id, KB.countryOfDemonym(word, lang, INFLECTIONS).map(KbEntity::id).orElse("-"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"forces", "росс", "рус", "Kyiv", "", "ские"})
    void wordsThatAreNoDemonymNameNoCountry(String word) {
        assertTrue(KB.countryOfDemonym(word, "ru", INFLECTIONS).isEmpty(), word);
    }

    @ParameterizedTest(name = "{0} in {1}: {2}")
    @CsvSource({"UA, ru, Украина", "UA, uk, Україна", "UA, az, Ukrayna", "RU, az, Rusiya", "BE, ru, Бельгия",
        "BE, uk, Бельгія", "BE, az, Belçika", "AZ, az, Azərbaycan", "DE, de, Deutschland", "PL, pl, Polska",
        "NZ, uk, Нова Зеландія", "KP, ru, КНДР", "PT, ru, Португалия"})
    void countryNamesComeFromCldrInEveryLanguage(String code, String lang, String name) {
        KbEntity country = KB.byId("iso:" + code).orElseThrow();
        assertTrue(country.labels(lang).contains(name), country.labels(lang).toString());
        assertEquals("iso:" + code, top(name, lang));
        assertEquals(code, country.attribute("iso2").orElseThrow());
    }

    @Test
    void everyIsoTerritoryIsACountryEntity() {
        long countries = KB.entities().filter(e -> e.id().startsWith("iso:")).count();
        assertTrue(countries >= 249, "countries: " + countries);
        assertEquals("Turkey", KB.byId("iso:TR").orElseThrow().name(), "curated names come before CLDR's");
        assertEquals("iso:TR", top("Türkiye", "en"));
    }

    @Test
    void natoSecretaryGeneralDependsOnTheDay() {
        assertEquals(List.of("ww:stoltenberg"), ids(KB.holders("Secretary General", "ww:nato", LocalDate.of(2024, 7, 8))));
        assertEquals(List.of("ww:rutte"), ids(KB.holders("Secretary-General", "ww:nato", LocalDate.of(2024, 11, 13))));
        assertEquals(List.of("ww:rutte"), ids(KB.holders("Secretary General", "ww:nato", LocalDate.of(2024, 10, 1))));
        assertEquals(List.of("ww:guterres"), ids(KB.holders("Secretary General", "ww:un", LocalDate.of(2024, 7, 8))));
    }

    @Test
    void rolesOfAPersonHaveOrganisationAndDates() {
        List<Role> roles = KB.roles("ww:blinken");
        assertEquals(1, roles.size());
        Role r = roles.get(0);
        assertEquals("Secretary of State", r.title());
        assertEquals("United States", KB.byId(r.orgId()).orElseThrow().name());
        assertTrue(r.heldOn(LocalDate.of(2024, 11, 13)));
        assertFalse(r.heldOn(LocalDate.of(2025, 1, 20)));
        assertEquals(List.of("ww:rubio"), ids(KB.holders("Secretary of State", "iso:US", LocalDate.of(2025, 3, 1))));
        assertTrue(KB.roles("ww:kyiv").isEmpty());
    }

    @Test
    void curatedEntitiesPointAtTheirCountry() {
        KbEntity kharkiv = KB.byId("ww:kharkiv").orElseThrow();
        assertEquals("Ukraine", KB.byId(kharkiv.attribute("country").orElseThrow()).orElseThrow().name());
        assertTrue(kharkiv.isA("city"));
        assertTrue(KB.byId("ww:zelensky").orElseThrow().isA("human"));
    }

    @Test
    void theBaseIsBigEnoughForTheNews() {
        assertTrue(KB.entities().filter(e -> e.type() == EntityType.PER).count() >= 80);
        assertTrue(KB.entities().filter(e -> e.type() == EntityType.ORG).count() >= 50);
        assertEquals(KB.size(), KB.entities().count());
        assertSame(KB, KnowledgeBases.builtIn(), "built once, then shared");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tr", "az", "en", "uk"})
    void lookupsIgnoreTheDefaultLocale(String tag) {
        Locale.setDefault(Locale.forLanguageTag(tag));
        assertEquals("ww:istanbul", top("ISTANBUL", "en"));
        assertEquals("ww:kyiv", top("KIEV", "en"));
        assertEquals("iso:RU", KB.countryOfDemonym("RUSSIAN", "en", INFLECTIONS).map(KbEntity::id).orElse("-"));
    }

    @Test
    void unknownNamesFindNothing() {
        assertTrue(KB.find("Nowhereville", "en").isEmpty());
        assertTrue(KB.find("", "en").isEmpty());
        assertTrue(KB.find("  ", null).isEmpty());
        assertTrue(KB.byId("ww:nobody").isEmpty());
    }

    private static List<String> ids(List<KbEntity> entities) {
        return entities.stream().map(KbEntity::id).toList();
    }
}
