package org.wirewatch.core.lang;

/** Invented articles for the language tests (written for Wirewatch; no outlet's text). */
final class Fixtures {
    private Fixtures() {}

    static final String UK_PROMO_LINE =
            "Раніше ми писали, Чому ворог перекидає резерви під Запоріжжя і що це означає для фронту.";

    static final String RUSSIAN_WITH_UKRAINIAN_PROMO = """
            Министры обсудили в Вене поставки зерна

            14-03-2025, 09:40 / Автор: Ирина Соколова

            845

            Министры иностранных дел встретились в пятницу в Вене, чтобы обсудить безопасность судоходства в Черном море.

            «Мы договорились продолжить переговоры на следующей неделе», — сказал после встречи глава австрийского МИД.

            По его словам, стороны обменялись списками судов, которые ждут выхода из портов.

            """ + "Ранее сообщалось, " + UK_PROMO_LINE.substring("Раніше ми писали, ".length()) + """


            Подписывайтесь на наш канал в Telegram
            """;

    static final String UKRAINIAN_ARTICLE = """
            ua en ru

            Одесу вночі атакували ударні дрони

            14-03-2025, 07:15 / Автор: Олена Ткачук

            Уночі російські війська атакували Одесу ударними безпілотниками. Уламки пошкодили дах школи та кілька житлових будинків у Приморському районі, повідомили в міській військовій адміністрації.

            «Усі служби працюють на місцях, загрози для мешканців наразі немає», — заявив начальник адміністрації.

            Читайте також: Як енергетики відновлюють мережі після обстрілів

            Поділитися
            """;

    static final String AZ_CAPTION = "Xarici işlər nazirləri Vyanada görüş zamanı. Foto: açıq mənbələr";

    static final String ENGLISH_WITH_AZ_CAPTION = """
            Foreign ministers meet in Vienna as grain talks stall

            """ + AZ_CAPTION + """


            By Anna Reyes and Tom Walsh |

            Foreign ministers from eleven countries met in Vienna on Friday to look for a way to keep grain ships moving across the Black Sea, officials said.

            "We agreed to meet again next week, and we will bring lists of the ships that are waiting," Austria's foreign minister told reporters after the talks.

            Follow us on social networks
            """;

    /** Only page furniture: a language switcher, times, view counters and symbols. */
    static final String NOISE_ONLY = """
            ua en ru

            12:45
            1.2т
            09:10
            845

            © 2025 ▲ ★ — 3.4k
            """;
}
