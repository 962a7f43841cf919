package org.wirewatch.core.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An article in a language without a pack is labelled as what it is, not as the nearest configured language. */
class BroadIdentificationTest {
    private static final LanguageIdentifier IDENTIFIER = new LanguageIdentifier();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "it|Il consiglio comunale ha approvato ieri sera il nuovo piano per i trasporti pubblici della città, che prevede più autobus nelle ore di punta e una linea tranviaria verso il porto.",
        "es|El ayuntamiento aprobó anoche el nuevo plan de transporte público de la ciudad, que prevé más autobuses en las horas punta y una línea de tranvía hacia el puerto.",
        "id|Dewan kota menyetujui rencana baru untuk transportasi umum kota tadi malam, yang mencakup lebih banyak bus pada jam sibuk dan jalur trem menuju pelabuhan.",
        "cs|Městská rada včera večer schválila nový plán veřejné dopravy, který počítá s více autobusy ve špičce a s tramvajovou linkou k přístavu."})
    void a_language_without_a_pack_is_named(String lang, String text) {
        assertEquals(lang, IDENTIFIER.identify(text).orElseThrow().lang(), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en|The city council approved a new plan for public transport last night, with more buses at rush hour and a tram line to the port.",
        "ru|Городской совет вчера вечером утвердил новый план общественного транспорта: больше автобусов в часы пик и трамвайная линия к порту.",
        "uk|Міська рада вчора ввечері ухвалила новий план громадського транспорту: більше автобусів у години пік і трамвайна лінія до порту."})
    void the_configured_languages_are_still_themselves(String lang, String text) {
        assertEquals(lang, IDENTIFIER.identify(text).orElseThrow().lang(), text);
    }

    @Test
    void the_paragraphs_of_such_an_article_keep_its_language() {
        String text = "Il consiglio comunale ha approvato ieri sera il nuovo piano per i trasporti pubblici.\n\n"
                + "Secondo il sindaco, i lavori per la linea tranviaria cominceranno in primavera.";
        String lang = IDENTIFIER.identify(text).orElseThrow().lang();
        assertEquals("it", lang);
        IDENTIFIER.paragraphs(text, lang).forEach(p -> assertEquals("it", p.lang(), p.toString()));
    }

    @Test
    void limited_to_the_configured_languages_no_other_language_is_named() {
        LanguageIdentifier narrow = new LanguageIdentifier(LanguagePacks.discover(), Set.of("en", "ru"), false);
        String italian = "Il consiglio comunale ha approvato ieri sera il nuovo piano per i trasporti pubblici della città.";
        assertFalse(narrow.identify(italian).map(g -> g.lang().equals("it")).orElse(false));
    }
}
