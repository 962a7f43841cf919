package org.wirewatch.core.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Languages whose letters the configured ones also write: Turkish is spelled with a subset of
 * Azerbaijani's letters and Portuguese shares ç with it, so marker letters alone called both
 * Azerbaijani. Sentences written for this test.
 */
class LookAlikeLanguagesTest {
    private static final LanguageIdentifier IDENTIFIER = new LanguageIdentifier();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "tr|Belediye meclisi dün akşam şehrin toplu taşıma planını onayladı; yoğun saatlerde daha çok otobüs çalışacak ve limana bir tramvay hattı döşenecek.",
        "tr|İçişleri Bakanlığı, kış aylarında köy yollarının açık tutulması için ilçelere ek iş makinesi gönderileceğini açıkladı.",
        "tr|Öğretmenler sendikası, maaş görüşmelerinin çıkmaza girdiğini söyleyerek gelecek hafta iş bırakacağını duyurdu.",
        "tr|Galatasaray, Texas'tan gelen yeni oyuncusu için düzenlenen törende taraftarlarıyla buluştu ve sezonun ilk maçına hazırlandığını söyledi."})
    void turkish_is_turkish(String lang, String text) {
        assertEquals(lang, IDENTIFIER.identify(text).orElseThrow().lang(), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "az|Şəhər icra hakimiyyəti dünən axşam ictimai nəqliyyatın yeni planını təsdiqlədi; pik saatlarda daha çox avtobus işləyəcək.",
        "az|Xarici işlər nazirləri Vyanada görüş zamanı regional təhlükəsizlik məsələlərini müzakirə etdilər.",
        "az|Müəllimlər həmkarlar ittifaqı maaş danışıqlarının dalana dirəndiyini bildirərək gələn həftə tətil edəcəyini açıqladı.",
        "az|Qış aylarında kənd yollarının açıq saxlanılması üçün rayonlara əlavə texnika göndəriləcək."})
    void azerbaijani_stays_azerbaijani(String lang, String text) {
        assertEquals(lang, IDENTIFIER.identify(text).orElseThrow().lang(), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "pt|A câmara municipal aprovou ontem à noite o novo plano de transportes públicos da cidade, com mais autocarros nas horas de ponta e uma linha de elétrico até ao porto.",
        "pt|O governo anunciou que a previsão de crescimento da economia não mudará, apesar das críticas da oposição às decisões sobre a educação.",
        "es|La Fiscalía General presentó ayer una acusación contra el alcalde de Valencia por la adjudicación de contratos públicos sin concurso.",
        "en|Prime Minister Pedro Sánchez met José Luis Martínez and Gonçalo Ramos in Brussels on Tuesday to discuss the budget, the ministry said."})
    void letters_the_configured_languages_do_not_write_let_the_others_speak(String lang, String text) {
        assertEquals(lang, IDENTIFIER.identify(text).orElseThrow().lang(), text);
    }
}
