package org.wirewatch.core.extract.ner.cues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Titles read around names, in invented sentences modelled on wire copy. Each case marks the
 * name in brackets and expects "role_id <cue text> {affiliation} {affiliation}".
 */
class RoleCuesTest {
    private static final NameCuesRegistry REGISTRY = NameCuesRegistry.standard();

    private static String before(String lang, String marked) {
        Marked m = Marked.of(marked);
        Optional<RoleCue> cue = REGISTRY.forLanguage(lang).roleBefore(m.tokens(), m.nameStart());
        return cue.map(m::describe).orElse("-");
    }

    private static String after(String lang, String marked) {
        Marked m = Marked.of(marked);
        Optional<RoleCue> cue = REGISTRY.forLanguage(lang).roleAfter(m.tokens(), m.nameEnd());
        return cue.map(m::describe).orElse("-");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "en | Alliance chief NATO Secretary General [Jens Stoltenberg] spoke.      | secretary_general <NATO Secretary General> {NATO}",
            "en | She visited NATO Secretary-General [Mark Rutte] in Brussels.         | secretary_general <NATO Secretary-General> {NATO}",
            "en | Before meeting US Defense Secretary [Lloyd Austin], he spoke.         | defense_minister <US Defense Secretary> {US}",
            "en | Shelling went on, according to Belgorod Gov. [Vyacheslav Gladkov].    | governor <Belgorod Gov.> {Belgorod}",
            "en | White House National Security Council Coordinator for Strategic Communications [John Kirby] said. | coordinator <White House National Security Council Coordinator for Strategic Communications> {White House National Security Council} {Strategic Communications}",
            "en | Later US Secretary of State [Antony Blinken] left.                    | secretary_of_state <US Secretary of State> {US}",
            "en | Then U.S. Ambassador to NATO [Julie Smith] said so.                   | ambassador <U.S. Ambassador to NATO> {U.S.} {NATO}",
            "en | It was the view of Russian Ambassador to the US [Anatoly Antonov].    | ambassador <Russian Ambassador to the US> {Russian} {US}",
            "en | Earlier, Kyiv’s Mayor [Vitali Klitschko] said ten were hurt.          | mayor <Kyiv’s Mayor> {Kyiv}",
            "en | Deputy Defense Minister [Hanna Maliar] told television.              | deputy_defense_minister <Deputy Defense Minister>",
            "en | President-elect [Trump] says he will end it.                          | president_elect <President-elect>",
            "en | It said German FM [Annalena Baerbock] had left.                      | foreign_minister <German FM> {German}",
            "en | Ministry of Defence spokesman [Igor Kolesnik] said.                   | spokesperson <Ministry of Defence spokesman> {Ministry of Defence}",
            "en | British foreign secretary [Dan Crewe] and Dutch PM [Mark Rutte] met.   | foreign_minister <British foreign secretary> {British}",
            "en | talks with former president [Petro Poroshenko] ended                  | president <former president>",
            "en | Mr. [Hale] arrived.                                                   | honorific <Mr.>",
            "ru | На встрече с генеральным секретарем НАТО [Марком Рютте] в Брюсселе   | secretary_general <генеральным секретарем НАТО> {НАТО}",
            "ru | Об этом заявил государственный секретарь США [Энтони Блинкен].       | secretary_of_state <государственный секретарь США> {США}",
            "ru | Он встретится с министром иностранных дел Польши [Яном Новаком].     | foreign_minister <министром иностранных дел Польши> {Польши}",
            "ru | с главнокомандующим ОВС НАТО в Европе генералом [Кристофером Каволи] | general <генералом>",
            "ru | сказал глава офиса президента [Андрей Ермак].                       | head <глава офиса президента>",
            "ru | пресс-секретарь президента России [Дмитрий Песков] сказал            | spokesperson <пресс-секретарь президента России> {России}",
            "ru | по словам генсека НАТО [Марка Рютте]                                 | secretary_general <генсека НАТО> {НАТО}",
            "ru | бывший президент США [Дональд Трамп] заявил                         | president <бывший президент США> {США}",
            "ru | глава МИД Венгрии [Петер Сийярто] прибыл                             | foreign_minister <глава МИД Венгрии> {Венгрии}",
            "ru | встреча с послом Японии [Акирой Исидой]                              | ambassador <послом Японии> {Японии}",
            "uk | зустрівся з генеральним секретарем НАТО [Марком Рютте].             | secretary_general <генеральним секретарем НАТО> {НАТО}",
            "uk | міністр закордонних справ України [Андрій Сибіга] сказав            | foreign_minister <міністр закордонних справ України> {України}",
            "uk | очільник МЗС [Андрій Сибіга] сказав                                  | foreign_minister <очільник МЗС>",
            "uk | речник Повітряних сил ЗСУ [Юрій Ігнат] повідомив                     | spokesperson <речник Повітряних сил ЗСУ> {Повітряних сил ЗСУ}",
            "uk | з прем’єр-міністром Великої Британії [Кіром Стармером]               | prime_minister <прем’єр-міністром Великої Британії> {Великої Британії}",
            "uk | держсекретар США [Ентоні Блінкен] сказав                             | secretary_of_state <держсекретар США> {США}",
            "uk | лист президентові США [Джо Байдену]                                  | president <президентові США> {США}",
            "uk | заступник міністра оборони [Ганна Маляр] сказала                     | deputy_defense_minister <заступник міністра оборони>",
            "uk | разом із головнокомандувачем ЗСУ [Олександром Сирським]              | commander_in_chief <головнокомандувачем ЗСУ> {ЗСУ}",
            "uk | за словами генерала [Сергія Наєва]                                   | general <генерала>",
    })
    void titleBeforeTheName(String lang, String marked, String expected) {
        assertEquals(expected, before(lang, marked));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "en | [Serhiy Popko], head of the Kyiv city military administration, said   | head <head of the Kyiv city military administration> {Kyiv city military administration}",
            "en | Earlier, [John Kirby], the White House National Security Council Coordinator for Strategic Communications, said. | coordinator <White House National Security Council Coordinator for Strategic Communications> {White House National Security Council} {Strategic Communications}",
            "en | [Andriy Yermak], the head of the president's office, wrote            | head <head of the president's office>",
            "en | [Ivan Sorokin], a senior official at the National Security and Defence Council, warned | official <senior official at the National Security and Defence Council> {National Security and Defence Council}",
            "en | [Jens Stoltenberg], NATO's secretary general, said                     | secretary_general <NATO's secretary general> {NATO}",
            "ru | [Андрей Ермак], глава офиса президента, заявил                         | head <глава офиса президента>",
            "ru | [Энтони Блинкен], госсекретарь США, прибыл                             | secretary_of_state <госсекретарь США> {США}",
            "uk | [Андрій Сибіга], міністр закордонних справ України, сказав           | foreign_minister <міністр закордонних справ України> {України}",
            "uk | [Андрій Єрмак] — керівник Офісу президента — сказав                  | chief_of_staff <керівник Офісу президента>",
    })
    void titleInAppositionAfterTheName(String lang, String marked, String expected) {
        assertEquals(expected, after(lang, marked));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "en | He met [Lloyd Austin] later.",
            "en | Staff of the General [Staff] said.",
            "en | We said it at 5 pm [Jens] arrived.",
            "en | [Biden], who met him, left.",
            "ru | главное, что сказал [Трамп]",
            "ru | после встречи с [Зеленским]",
            "ru | президентский указ [Путина]",
            "uk | головний редактор [Іван Петренко]",
    })
    void noTitleWhereThereIsNone(String lang, String marked) {
        assertEquals("-", before(lang, marked));
        assertEquals("-", after(lang, marked));
    }

    @Test
    void officesAlignAcrossLanguages() {
        assertEquals("secretary_general", roleOf("en", "NATO Secretary General [Mark Rutte]"));
        assertEquals("secretary_general", roleOf("ru", "генеральный секретарь НАТО [Марк Рютте]"));
        assertEquals("secretary_general", roleOf("uk", "генеральний секретар НАТО [Марк Рютте]"));
        assertEquals("foreign_minister", roleOf("en", "Ukrainian Foreign Minister [Andrii Sybiha]"));
        assertEquals("foreign_minister", roleOf("ru", "министр иностранных дел Украины [Андрей Сибига]"));
        assertEquals("foreign_minister", roleOf("uk", "міністр закордонних справ України [Андрій Сибіга]"));
        assertEquals("spokesperson", roleOf("en", "spokesperson [Ned Price]"));
        assertEquals("spokesperson", roleOf("ru", "пресс-секретарь [Дмитрий Песков]"));
        assertEquals("spokesperson", roleOf("uk", "речник [Георгій Тихий]"));
        assertEquals("governor", roleOf("en", "Governor [Oleh Syniehubov]"));
        assertEquals("governor", roleOf("ru", "губернатором [Вячеславом Гладковым]"));
        assertEquals("governor", roleOf("uk", "губернатора [Вячеслава Гладкова]"));
    }

    private static String roleOf(String lang, String marked) {
        Marked m = Marked.of(marked);
        return REGISTRY.forLanguage(lang).roleBefore(m.tokens(), m.nameStart()).map(RoleCue::role).orElse("-");
    }

    @Test
    void rolesWithoutANameKeepTheirAffiliationButNeverSwallowTheName() {
        assertEquals(List.of("secretary_general <NATO Secretary General> {NATO}"), roles("en", "added the NATO Secretary General."));
        assertEquals(List.of("ambassador <U.S. Ambassador to NATO> {U.S.} {NATO}"), roles("en", "U.S. Ambassador to NATO Julie Smith said"));
        assertEquals(List.of("head <head of the Alliance> {Alliance}"), roles("en", "the head of the Alliance noted"));
        assertEquals(List.of(), roles("en", "the General Staff of the Armed Forces said"));
        assertEquals(List.of("secretary_general <генеральным секретарем НАТО> {НАТО}"),
                roles("ru", "На встрече с генеральным секретарем НАТО Марком Рютте в Брюсселе"));
        assertEquals(List.of("commander_in_chief <верховным главнокомандующим ОВС НАТО> {ОВС НАТО}", "general <генералом>"),
                roles("ru", "с верховным главнокомандующим ОВС НАТО в Европе генералом Кристофером Каволи"));
        assertEquals(List.of("president <Президент>"), roles("ru", "Президент Байден намерен продолжать"));
        assertEquals(List.of("defense_minister <министр обороны>"), roles("ru", "заявил министр обороны России"));
        assertEquals(List.of("ambassador <ambassador>"), roles("en", "the ambassador on US words"));
    }

    private static List<String> roles(String lang, String text) {
        Marked m = Marked.of(text);
        return REGISTRY.forLanguage(lang).roles(m.tokens()).stream().map(m::describe).toList();
    }

    @Test
    void cueOffsetsPointIntoTheText() {
        Marked m = Marked.of("Shelling went on, according to Belgorod Gov. [Vyacheslav Gladkov].");
        RoleCue cue = REGISTRY.forLanguage("en").roleBefore(m.tokens(), m.nameStart()).orElseThrow();
        assertEquals("Belgorod Gov.", m.text().substring(cue.start(), cue.end()));
        assertEquals("Gov.", m.textOf(cue.trigger()));
        assertTrue(cue.span().start() <= cue.trigger().start() && cue.trigger().end() <= cue.span().end());
    }
}
