package org.wirewatch.core.extract.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.wirewatch.core.kb.KnowledgeBases;
import org.wirewatch.core.lang.LanguagePacks;
import org.wirewatch.core.linguistics.AnalysedText;
import org.wirewatch.core.linguistics.text.TextSplitter;
import org.wirewatch.core.model.Mention;

/**
 * In a language without name cues, capitalised names are found, keyed across scripts, linked where
 * the knowledge base knows them; sentence openers, lower-case words and headlines are not names.
 * Every text here was written for this test.
 */
class GenericNameFinderTest {
    private static final LanguagePacks PACKS = LanguagePacks.discover();
    private static final GenericNameFinder FINDER = new GenericNameFinder(KnowledgeBases.builtIn(), PACKS);
    private static final TextSplitter SPLITTER = new TextSplitter(PACKS);

    private static List<Mention> find(String text, String lang) {
        return FINDER.find(AnalysedText.of(text, lang, SPLITTER, PACKS));
    }

    private static Optional<Mention> named(List<Mention> found, String name) {
        return found.stream().filter(m -> m.text().equals(name)).findFirst();
    }

    private static List<String> names(List<Mention> found) {
        return found.stream().map(Mention::text).toList();
    }

    @Test
    void italian_unknown_names_are_found_and_a_repeated_surname_makes_a_person() {
        String text = "Il sindaco di Castelvecchio, Marco Ferraresi, ha presentato ieri il nuovo bilancio del comune. "
                + "Secondo il consiglio, i conti sono in ordine. Ferraresi ha detto che la Cooperativa Aurora gestirà "
                + "la mensa delle scuole e che la giunta voterà il piano la settimana prossima.";
        List<Mention> found = find(text, "it");
        Mention ferraresi = named(found, "Marco Ferraresi").orElseThrow(() -> new AssertionError(found));
        assertEquals("PER", ferraresi.type());
        assertEquals(text.indexOf("Marco Ferraresi"), ferraresi.start());
        assertEquals(ferraresi.id(), named(found, "Ferraresi").orElseThrow().id(), "the surname alone is the same person");
        assertEquals("MISC", named(found, "Cooperativa Aurora").orElseThrow(() -> new AssertionError(found)).type());
        assertEquals("MISC", named(found, "Castelvecchio").orElseThrow(() -> new AssertionError(found)).type());
        assertFalse(names(found).contains("Il") || names(found).contains("Secondo"), found.toString());
    }

    @Test
    void an_unknown_name_gets_the_key_its_cyrillic_spelling_gets() {
        String text = "Il portavoce Yurii Syrotiuk ha confermato la notizia ai giornalisti della capitale. "
                + "Syrotiuk ha aggiunto che la delegazione partirà domani mattina con il treno delle sette.";
        Mention syrotiuk = named(find(text, "it"), "Yurii Syrotiuk").orElseThrow();
        assertEquals("per:" + PACKS.nameKeys().key("Сиротюк", "uk"), syrotiuk.id());
    }

    @Test
    void known_names_are_linked_with_joiners_and_a_given_name_before_them() {
        String text = "A Bruxelles il ministro ha incontrato Ursula von der Leyen e poi Bashar al-Assad ha scritto una lettera. "
                + "Il capo della NATO, Mark Rutte, ha risposto con una nota.";
        List<Mention> found = find(text, "it");
        assertEquals("PER", named(found, "Ursula von der Leyen").orElseThrow(() -> new AssertionError(found)).type());
        assertTrue(names(found).contains("Bashar al-Assad"), found.toString());
        assertEquals("ORG", named(found, "NATO").orElseThrow().type());
        assertEquals("PER", named(found, "Mark Rutte").orElseThrow().type());
        assertEquals("LOC", named(found, "Bruxelles").orElseThrow().type());
    }

    @Test
    void spanish_words_the_article_also_writes_in_lower_case_are_not_names() {
        String text = "El Gobierno de Navarra aprobó ayer el presupuesto. El gobierno dijo que la consejera Lucía Arbeloa "
                + "presentará el plan en Pamplona. La oposición votó en contra.";
        List<Mention> found = find(text, "es");
        List<String> names = names(found);
        assertTrue(names.contains("Lucía Arbeloa") && names.contains("Pamplona"), found.toString());
        assertFalse(names.contains("El") || names.contains("La") || names.contains("Gobierno de Navarra")
                || names.contains("El Gobierno de Navarra"), found.toString());
        assertTrue(names.contains("Navarra"), found.toString());
    }

    @Test
    void polish_sentence_openers_are_not_names_unless_written_capitalised_mid_sentence() {
        String text = "W piątek prezydent miasta Tomasz Wierzbicki otworzył nowy most nad rzeką. "
                + "Wierzbicki powiedział, że most połączy dwie dzielnice. Według urzędu budowa kosztowała mniej, niż planowano.";
        List<Mention> found = find(text, "pl");
        List<String> names = names(found);
        assertFalse(names.contains("W") || names.contains("Według"), found.toString());
        assertEquals("PER", named(found, "Tomasz Wierzbicki").orElseThrow(() -> new AssertionError(found)).type());
        assertEquals("PER", named(found, "Wierzbicki").orElseThrow().type());
    }

    @Test
    void turkish_case_endings_and_month_names_are_left_out() {
        String text = "Vali Ahmet Korkmaz, 12 Mayıs günü Sinop'ta balıkçılarla görüştü. Korkmaz'ın açıklamasına göre liman "
                + "Haziran ayında yenilenecek.";
        List<Mention> found = find(text, "tr");
        List<String> names = names(found);
        assertTrue(names.contains("Sinop"), found.toString());
        assertTrue(names.contains("Korkmaz"), found.toString());
        assertFalse(names.contains("Mayıs") || names.contains("Haziran") || names.contains("Sinop'ta"), found.toString());
    }

    @Test
    void a_headline_in_capitals_gives_no_names() {
        assertEquals(List.of(), find("GRANDE SUCCESSO PER LA FESTA DEL PAESE", "it"));
    }

    @Test
    void in_an_article_that_capitalises_its_nouns_a_lone_noun_is_not_a_name() {
        String text = "Die NATO und Mark Rutte sprachen am Montag in Brüssel über die Ukraine. Die Regierung schwieg. "
                + "Der Minister sagte, die Gespräche über die Sicherheit der Region würden im Herbst mit den Partnern "
                + "fortgesetzt, und die Lage an der Grenze bleibe nach den Berichten der Beobachter angespannt.";
        List<Mention> found = find(text, "de");
        List<String> names = names(found);
        assertTrue(names.containsAll(List.of("NATO", "Mark Rutte", "Brüssel", "Ukraine")), found.toString());
        assertFalse(names.contains("Regierung") || names.contains("Montag") || names.contains("Gespräche")
                || names.contains("Sicherheit") || names.contains("Region"), found.toString());
        assertEquals(text.indexOf("Mark Rutte"), named(found, "Mark Rutte").orElseThrow().start());
    }
}
