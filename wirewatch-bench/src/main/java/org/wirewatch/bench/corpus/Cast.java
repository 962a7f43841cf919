package org.wirewatch.bench.corpus;

import java.util.List;
import java.util.Map;

/**
 * Who and where the generated news is about: real public figures and cities (names are facts,
 * not copied text), grouped by the part they can play in a story, and the topics talks and
 * statements are about. Written for Wirewatch; immutable.
 */
final class Cast {
    private Cast() {}

    private static final Actor ZELENSKY = Actor.of("zelensky", false,
            "Ukrainian President Volodymyr Zelensky", "Zelensky",
            "президент Украины Владимир Зеленский", "Зеленский",
            "президент України Володимир Зеленський", "Зеленський");
    private static final Actor SYBIHA = Actor.of("sybiha", false,
            "Ukrainian Foreign Minister Andrii Sybiha", "Sybiha",
            "глава МИД Украины Андрей Сибига", "Сибига",
            "міністр закордонних справ України Андрій Сибіга", "Сибіга");
    private static final Actor IHNAT = Actor.of("ihnat", false,
            "Air Force spokesman Yurii Ihnat", "Ihnat",
            "спикер Воздушных сил Украины Юрий Игнат", "Игнат",
            "речник Повітряних сил Юрій Ігнат", "Ігнат");
    private static final Actor RUTTE = Actor.of("rutte", false,
            "NATO Secretary General Mark Rutte", "Rutte",
            "генеральный секретарь НАТО Марк Рютте", "Рютте",
            "генеральний секретар НАТО Марк Рютте", "Рютте");
    private static final Actor KALLAS = Actor.of("kallas", true,
            "EU foreign policy chief Kaja Kallas", "Kallas",
            "глава дипломатии ЕС Кая Каллас", "Каллас",
            "очільниця європейської дипломатії Кая Каллас", "Каллас");
    private static final Actor VON_DER_LEYEN = Actor.of("von-der-leyen", true,
            "European Commission President Ursula von der Leyen", "von der Leyen",
            "председатель Еврокомиссии Урсула фон дер Ляйен", "фон дер Ляйен",
            "голова Єврокомісії Урсула фон дер Ляєн", "фон дер Ляєн");
    private static final Actor MACRON = Actor.of("macron", false,
            "French President Emmanuel Macron", "Macron",
            "президент Франции Эмманюэль Макрон", "Макрон",
            "президент Франції Емманюель Макрон", "Макрон");
    private static final Actor STARMER = Actor.of("starmer", false,
            "British Prime Minister Keir Starmer", "Starmer",
            "премьер-министр Великобритании Кир Стармер", "Стармер",
            "прем'єр-міністр Великої Британії Кір Стармер", "Стармер");
    private static final Actor MERZ = Actor.of("merz", false,
            "German Chancellor Friedrich Merz", "Merz",
            "канцлер Германии Фридрих Мерц", "Мерц",
            "канцлер Німеччини Фрідріх Мерц", "Мерц");
    private static final Actor MELONI = Actor.of("meloni", true,
            "Italian Prime Minister Giorgia Meloni", "Meloni",
            "премьер-министр Италии Джорджа Мелони", "Мелони",
            "прем'єр-міністерка Італії Джорджа Мелоні", "Мелоні");
    private static final Actor GUTERRES = Actor.of("guterres", false,
            "UN Secretary-General António Guterres", "Guterres",
            "генсек ООН Антониу Гутерриш", "Гутерриш",
            "генсек ООН Антоніу Гутерреш", "Гутерреш");
    private static final Actor ERDOGAN = Actor.of("erdogan", false,
            "Turkish President Recep Tayyip Erdoğan", "Erdoğan",
            "президент Турции Реджеп Тайип Эрдоган", "Эрдоган",
            "президент Туреччини Реджеп Тайїп Ердоган", "Ердоган");
    private static final Actor BAYRAMOV = Actor.of("bayramov", false,
            "Azerbaijani Foreign Minister Jeyhun Bayramov", "Bayramov",
            "глава МИД Азербайджана Джейхун Байрамов", "Байрамов",
            "міністр закордонних справ Азербайджану Джейхун Байрамов", "Байрамов");
    private static final Actor LAVROV = Actor.of("lavrov", false,
            "Russian Foreign Minister Sergei Lavrov", "Lavrov",
            "министр иностранных дел России Сергей Лавров", "Лавров",
            "міністр закордонних справ Росії Сергій Лавров", "Лавров");
    private static final Actor PESKOV = Actor.of("peskov", false,
            "Kremlin spokesman Dmitry Peskov", "Peskov",
            "пресс-секретарь Кремля Дмитрий Песков", "Песков",
            "речник Кремля Дмитро Пєсков", "Пєсков");

    /** Ukrainian officials: they report attacks and receive aid. */
    static final List<Actor> UKRAINIANS = List.of(ZELENSKY, SYBIHA, IHNAT);
    /** Leaders of partner countries and institutions: they pledge aid and react. */
    static final List<Actor> PARTNERS = List.of(RUTTE, KALLAS, VON_DER_LEYEN, MACRON, STARMER, MERZ, MELONI, GUTERRES, ERDOGAN, BAYRAMOV);
    /** Everyone who can hold talks or make a statement. */
    static final List<Actor> SPEAKERS = List.of(ZELENSKY, SYBIHA, RUTTE, KALLAS, VON_DER_LEYEN, MACRON, STARMER, MERZ,
            MELONI, GUTERRES, ERDOGAN, BAYRAMOV, LAVROV, PESKOV);

    /** Cities that are attacked in strike stories. */
    static final List<Place> UKRAINIAN_CITIES = List.of(
            Place.of("Kyiv", "Киев", "Киев", "в Киеве", "Київ", "Київ", "у Києві"),
            Place.of("Odesa", "Одесса", "Одессу", "в Одессе", "Одеса", "Одесу", "в Одесі"),
            Place.of("Kharkiv", "Харьков", "Харьков", "в Харькове", "Харків", "Харків", "у Харкові"),
            Place.of("Dnipro", "Днепр", "Днепр", "в Днепре", "Дніпро", "Дніпро", "у Дніпрі"),
            Place.of("Zaporizhzhia", "Запорожье", "Запорожье", "в Запорожье", "Запоріжжя", "Запоріжжя", "у Запоріжжі"));
    /** Cities where talks are held and pledges are made. */
    static final List<Place> VENUES = List.of(
            Place.of("Vienna", "Вена", "Вену", "в Вене", "Відень", "Відень", "у Відні"),
            Place.of("Brussels", "Брюссель", "Брюссель", "в Брюсселе", "Брюссель", "Брюссель", "у Брюсселі"),
            Place.of("Istanbul", "Стамбул", "Стамбул", "в Стамбуле", "Стамбул", "Стамбул", "у Стамбулі"),
            Place.of("Baku", "Баку", "Баку", "в Баку", "Баку", "Баку", "у Баку"),
            Place.of("Geneva", "Женева", "Женеву", "в Женеве", "Женева", "Женеву", "у Женеві"),
            Place.of("Warsaw", "Варшава", "Варшаву", "в Варшаве", "Варшава", "Варшаву", "у Варшаві"),
            Place.of("Berlin", "Берлин", "Берлин", "в Берлине", "Берлін", "Берлін", "у Берліні"),
            Place.of("Kyiv", "Киев", "Киев", "в Киеве", "Київ", "Київ", "у Києві"));

    /**
     * What talks and statements are about. Russian and Ukrainian templates always use the topic
     * after a noun ("вопрос …", "питання …"), so it is stored in the genitive there.
     */
    static final List<Map<String, String>> TOPICS = List.of(
            topic("grain shipping in the Black Sea", "судоходства в Черном море", "судноплавства в Чорному морі"),
            topic("air defence for Ukrainian cities", "противовоздушной обороны украинских городов", "протиповітряної оборони українських міст"),
            topic("the release of prisoners of war", "освобождения военнопленных", "звільнення військовополонених"),
            topic("the repair of the power grid", "восстановления энергосистемы", "відновлення енергосистеми"),
            topic("security guarantees for Ukraine", "гарантий безопасности для Украины", "гарантій безпеки для України"),
            topic("the safety of the Zaporizhzhia nuclear plant", "безопасности Запорожской АЭС", "безпеки Запорізької АЕС"));

    private static Map<String, String> topic(String en, String ru, String uk) {
        return Map.of("en", en, "ru", ru, "uk", uk);
    }
}
