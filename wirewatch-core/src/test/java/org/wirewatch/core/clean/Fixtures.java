package org.wirewatch.core.clean;

import java.util.Set;

/**
 * Invented scraped pages, each with another site's furniture, and the numbers of the lines a good
 * cleaner drops. Every text here was written for Wirewatch.
 */
final class Fixtures {
    private Fixtures() {}

    /** A page with its text, and the 1-based numbers of its boilerplate lines. */
    record Page(String name, String text, Set<Integer> boilerplate) {}

    /** English: breadcrumbs and menu on top, byline and dateline under the title, a "most read" list at the end. */
    static final Page ENGLISH = new Page("english", """
            Skip to content
            Home › World › Europe
            Menu
            Ferry service between two Baltic ports resumes after storm
            Operators expect the full timetable back by the weekend
            By Maria Lindqvist and Tom O'Neill
            Updated November 4, 2023 9:05 AM
            Share this article
            The ferry link between the two ports reopened on Saturday after a three-day suspension caused by gale-force winds, the operator said.
            Passengers queued from early morning. "We have been waiting since Wednesday," said one driver heading north.
            Photo: Harbour Authority / Handout
            What changed
            Engineers inspected the loading ramps overnight and found no damage, according to a statement from the port.
            Delays ahead.
            The company said it would add two extra crossings on Sunday.
            Read more: Storm closes coastal roads for a second day
            Follow us on Telegram
            #ferry #storm
            © AP
            Most read
            Ministers agree new fishing quotas after long talks
            Rail strike called off at the last minute by union leaders
            City council approves the new bridge budget for next year
            Advertisement
            """, Set.of(1, 2, 3, 6, 7, 8, 11, 16, 17, 18, 19, 20, 21, 22, 23, 24));

    /** Russian: switcher and breadcrumbs, views counter, "Читайте также", a feed of timed headlines at the end. */
    static final Page RUSSIAN = new Page("russian", """
            Главная / Новости / Общество
            РУС | УКР

            В Харькове открыли новую станцию метро

            17 марта 2024, 10:42
            Просмотров: 2 345
            Текст: Ирина Белова

            Пассажиры смогут пользоваться станцией уже с понедельника, сообщили в городском совете.

            Фото: пресс-служба горсовета

            Строительство длилось почти четыре года. "Мы благодарим всех, кто ждал", - сказал мэр на церемонии открытия.

            Читайте также: Трамвайный маршрут продлили до вокзала

            Станция станет пересадочной.

            Напомним, ранее в городе обновили подвижной состав трамваев.

            Поделиться
            Подписывайтесь на наш Telegram-канал
            Источник: Интерфакс
            Оцените статью
            Новости партнеров
            12:40 В Одессе прошел фестиваль уличной музыки
            12:15 Курс гривны укрепился к доллару после выходных
            11:58 Синоптики обещают потепление на следующей неделе
            """, Set.of(1, 2, 6, 7, 8, 12, 16, 22, 23, 24, 25, 26, 27, 28, 29));

    /** Ukrainian: "Поділитися", "Читайте також", a link promo, agency credit, a sidebar of headline/time/counter. */
    static final Page UKRAINIAN = new Page("ukrainian", """
            UA | RU | EN
            Новини / Економіка
            Уряд продовжив програму доступних кредитів для фермерів
            Програма діятиме ще щонайменше рік
            05.02.2025 14:30 | Оновлено 05.02.2025 16:05
            Автор: Олена Коваль
            Поділитися
            Кабінет міністрів ухвалив постанову, яка продовжує дію державної програми пільгового кредитування аграріїв.
            Фото: Укрінформ
            За словами прем'єр-міністра, умови для малих господарств стануть м'якшими.
            "Ми почули фермерів", — наголосив він.
            Читайте також: Ціни на зерно зросли на біржі
            Що зміниться
            Ставка для малих господарств знизиться до п'яти відсотків річних.
            Раніше Агро-Вісник писали, Експорт зерна через порти зріс удвічі.
            Стежте за нами у Viber
            Укрінформ
            Останні новини
            Зеленський провів зустріч з аграріями з півдня країни
            16:20
            842
            У Києві відкрили новий міст через Дніпро
            15:55
            1.2k
            Синоптики попередили про ожеледицю на дорогах
            15:30
            931
            Більше новин
            """, Set.of(1, 2, 5, 6, 7, 9, 12, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28));
}
