package org.wirewatch.core.clean;

import java.util.List;
import java.util.Set;

/**
 * Invented pages written after the rules, annotated before the cleaner first ran on them; their
 * first score is reported as the held-out figure. Every text here was written for Wirewatch.
 */
final class BlindFixtures {
    private BlindFixtures() {}

    static final Fixtures.Page ENGLISH_FEATURE = new Fixtures.Page("blind-english", """
            Sign in | Register
            NEWS
            Wildfire forces evacuation of three villages in southern Spain
            Firefighters battled the blaze through the night as winds picked up
            By Laura Gómez, Madrid correspondent
            Published: 14/08/2023 at 06:30
            Listen to this article
            More than 1,200 residents were moved to temporary shelters overnight as a wildfire spread across dry hills near the coast, regional authorities said on Monday.
            Image caption: Smoke rises above the hills near the coast
            The fire started on Sunday afternoon and had burned around 3,000 hectares by dawn.
            "It's the worst I've seen in twenty years," a local farmer told reporters.
            Evacuation
            Three villages were cleared by police and volunteers, and a motorway was closed in both directions.
            Officials said no injuries had been reported.
            Related Topics
            Spain
            Wildfires
            Climate
            Share this page
            Facebook
            Twitter
            WhatsApp
            Copy link
            More from this section
            Heatwave sets new records across southern Europe
            Tourists told to avoid midday sun in Athens
            """, Set.of(1, 2, 5, 6, 7, 9, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26));

    static final Fixtures.Page RUSSIAN_REGIONAL = new Fixtures.Page("blind-russian", """
            Новости
            18+
            Москва
            В Подмосковье задержали подозреваемых в краже кабеля
            23.05.2024 в 08:15
            👁 1 204
            Поделиться в соцсетях:
            ВКонтакте
            Одноклассники
            Telegram
            Полицейские задержали двух жителей области, которых подозревают в хищении медного кабеля с железнодорожной станции.
            Как сообщили в пресс-службе регионального управления МВД, ущерб оценивается в 450 тысяч рублей.
            Подозреваемые признали вину.
            Возбуждено уголовное дело.
            Фото: пресс-служба МВД
            Теги: полиция, кража, кабель
            Комментарии (0)
            Чтобы оставить комментарий, войдите на сайт
            Читайте также
            Водитель автобуса спас пассажиров при пожаре
            В области открыли новый участок трассы
            Главное за день
            """, Set.of(1, 2, 3, 5, 6, 7, 8, 9, 10, 15, 16, 17, 18, 19, 20, 21, 22));

    static final Fixtures.Page UKRAINIAN_OUTAGES = new Fixtures.Page("blind-ukrainian", """
            Головна › Суспільство
            Мешканцям трьох областей змінять графіки відключень світла
            Енергетики пояснили причини змін
            Сьогодні, 09:40
            Марія Петренко
            Укренерго оновило графіки погодинних відключень для споживачів Київської, Житомирської та Чернігівської областей.
            Причиною стали пошкодження обладнання після нічної атаки.
            "Ми робимо все можливе, щоб скоротити тривалість відключень", — зазначили в компанії.
            Графіки можна перевірити на сайтах обласних енергокомпаній.
            Джерело: Укренерго
            Якщо ви помітили помилку, виділіть її та натисніть Ctrl+Enter
            Підписуйтесь на наш канал у Telegram
            Новини за темою:
            Уряд затвердив нові тарифи на електроенергію
            Енергетики відновили живлення для 200 тисяч родин
            """, Set.of(1, 4, 5, 10, 11, 12, 13, 14, 15));

    static final Fixtures.Page ENGLISH_WIRE = new Fixtures.Page("blind-wire", """
            WORLD NEWS
            Chile's central bank holds rates steady, signals cuts later in year
            SANTIAGO, March 3 (Reuters) - Chile's central bank kept its benchmark interest rate unchanged on Tuesday, saying inflation was easing more slowly than expected.
            The board voted unanimously to hold the rate at 5.75%.
            Analysts polled last week had expected the decision.
            (Reporting by Fabian Cambero; Writing by Kylie Madry; Editing by Paul Simao)
            Our Standards: The Thomson Reuters Trust Principles.
            Sponsored
            Recommended
            Markets slip as investors await jobs data
            """, Set.of(1, 6, 7, 8, 9, 10));

    static final Fixtures.Page GERMAN = new Fixtures.Page("blind-german", """
            Startseite > Politik > Ausland
            Bundesregierung sagt weitere Hilfe für Flutgebiete zu
            Von Anna Schmidt
            12.07.2024, 18:45 Uhr
            Die Bundesregierung hat den vom Hochwasser betroffenen Regionen weitere Unterstützung zugesagt.
            Das Kabinett beschloss am Mittwoch ein Paket in Höhe von 200 Millionen Euro.
            Bild: dpa
            Lesen Sie auch: Pegel sinken langsam
            Artikel teilen
            Quelle: dpa
            Mehr zum Thema
            Hochwasser: Lage in Bayern entspannt sich
            """, Set.of(1, 3, 4, 7, 8, 9, 10, 11, 12));

    /** Round one. */
    static final List<Fixtures.Page> ROUND_ONE = List.of(ENGLISH_FEATURE, RUSSIAN_REGIONAL, UKRAINIAN_OUTAGES, ENGLISH_WIRE, GERMAN);

    static final Fixtures.Page ENGLISH_LOCAL = new Fixtures.Page("blind2-english", """
            Local News
            Council votes to keep library open on Sundays
            Posted by Sam Whitfield on 2 February 2022, 4:10 pm
            Councillors voted 9-4 on Tuesday night to keep the central library open on Sundays after a petition gathered more than 3,000 signatures.
            The decision reverses a plan announced in the autumn budget.
            Key points:
            Sunday hours will run from 11am to 4pm
            Two part-time posts will be created
            The change takes effect in March
            "This is a win for families," said campaigner Joan Price.
            The library service will review visitor numbers after six months.
            Tags: library, council, budget
            12 comments
            Log in to comment
            Previous article
            Bus route 14 diverted during roadworks
            Next article
            School wins national robotics award
            """, Set.of(1, 3, 12, 13, 14, 15, 16, 17, 18));

    static final Fixtures.Page POLISH = new Fixtures.Page("blind2-polish", """
            Wiadomości
            Kraj
            Sejm przyjął ustawę o ochronie małych rzek
            Autor: Piotr Nowak
            Data publikacji: 08.10.2024, 12:05
            Udostępnij
            Posłowie przyjęli w piątek ustawę, która ma ograniczyć zanieczyszczenie małych rzek i potoków.
            Za głosowało 402 posłów, przeciw było 21.
            Czytaj też: Susza w regionie. Rolnicy liczą straty
            Ustawa trafi teraz do Senatu.
            Źródło: PAP
            Komentarze
            Najnowsze wiadomości
            """, Set.of(1, 2, 4, 5, 6, 9, 11, 12, 13));

    static final Fixtures.Page UKRAINIAN_FEED = new Fixtures.Page("blind2-ukrainian-feed", """
            Війна в Україні: онлайн
            Оновлюється
            10:45
            Повітряні сили повідомили про збиття 12 ударних дронів над південними областями.
            10:20
            У Запоріжжі через обстріл пошкоджено два житлові будинки, постраждалих немає.
            09:58
            Генштаб: від початку доби відбулося 37 бойових зіткнень.
            Поділитися
            """, Set.of(2, 3, 5, 7, 9));

    static final Fixtures.Page RUSSIAN_ECONOMY = new Fixtures.Page("blind2-russian", """
            Экономика

            Центробанк сохранил ключевую ставку

            Решение совпало с ожиданиями аналитиков

            Совет директоров Банка России на заседании в пятницу сохранил ключевую ставку на прежнем уровне.

            Фото опубликовали на сайте регулятора вместе с пресс-релизом.

            По словам председателя, инфляционное давление постепенно снижается.

            Следующее заседание запланировано на декабрь.

            Анна Смирнова

            Подпишитесь на нашу рассылку

            Реклама

            Материалы по теме

            Рубль укрепился на открытии торгов

            Нефть дорожает третий день подряд
            """, Set.of(1, 15, 17, 19, 21, 23, 25));

    static final Fixtures.Page ENGLISH_BREAKING = new Fixtures.Page("blind2-breaking", """
            LIVE UPDATES
            Breaking
            Earthquake of magnitude 5.8 strikes off northern coast
            No tsunami warning was issued, officials said.
            The quake struck at a depth of 10 km, the geological survey said.
            Watch: Footage shows buildings shaking
            Residents reported brief power cuts.
            Copyright 2024 The Associated Press. All rights reserved.
            """, Set.of(1, 2, 6, 8));

    /** Round two, written after round one had been tuned on. */
    static final List<Fixtures.Page> ROUND_TWO = List.of(ENGLISH_LOCAL, POLISH, UKRAINIAN_FEED, RUSSIAN_ECONOMY, ENGLISH_BREAKING);
}
