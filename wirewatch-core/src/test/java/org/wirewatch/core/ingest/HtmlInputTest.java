package org.wirewatch.core.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wirewatch.core.ingest.Fixtures.gzip;
import static org.wirewatch.core.ingest.Fixtures.utf8;
import static org.wirewatch.core.ingest.Fixtures.write;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewatch.core.model.RawArticle;

class HtmlInputTest {
    static final String P1 = "Новий міст через річку відкрили для руху у вівторок, повідомила міська рада. "
            + "Будівництво тривало три роки, а його вартість склала понад двісті мільйонів гривень.";
    static final String P2 = "Наступного року місто планує відремонтувати ще дві дороги, що ведуть до мосту, "
            + "і облаштувати нові велосипедні доріжки вздовж набережної.";

    static final String META_PAGE = """
            <!DOCTYPE html>
            <html lang="uk-UA">
            <head>
            <meta charset="utf-8">
            <title>Міст відкрили - Вісник Міста</title>
            <meta property="og:title" content="Новий міст відкрили для руху">
            <meta property="og:site_name" content="Вісник Міста">
            <meta property="article:published_time" content="2024-11-13T17:21:00+02:00">
            <meta name="author" content="Олена Приклад">
            <link rel="canonical" href="https://visnyk.example/news/mist">
            <script>var tracker = "should never appear";</script>
            </head>
            <body>
            <nav><a href="/">Головна</a> <a href="/news">Новини</a> <a href="/sport">Спорт</a></nav>
            <article>
            <h1>Новий міст відкрили для руху</h1>
            <p>%s</p>
            <h2>Що далі</h2>
            <p>%s</p>
            </article>
            <footer>Усі права захищено, передрук заборонено</footer>
            </body></html>
            """.formatted(P1, P2);

    @TempDir
    Path dir;

    @Test
    void pageGivesMainTextAsParagraphsAndMetadataFromMarkup() {
        Path file = write(dir, "mist.html", META_PAGE);

        RawArticle a = CollectingSink.read(file).only();

        assertEquals("mist", a.id());
        assertTrue(a.markup());
        assertEquals("Новий міст відкрили для руху", a.title());
        assertEquals("2024-11-13T17:21:00+02:00", a.published());
        assertEquals(List.of("Олена Приклад"), a.authors());
        assertEquals("https://visnyk.example/news/mist", a.url());
        assertEquals("uk", a.lang());
        assertEquals("Вісник Міста", a.source());
        assertTrue(a.text().contains(P1 + "\n\nЩо далі\n\n" + P2), a.text());
        assertFalse(a.text().contains("Головна"), "navigation is not article text");
        assertFalse(a.text().contains("tracker"), "scripts are not text");
    }

    @Test
    void jsonLdSuppliesDateAuthorsAndPublisherAndBeatsSidebarTimes() {
        String page = """
                <html lang="ru"><head><title>Заголовок страницы</title>
                <meta property="og:url" content="https://daily.example/story-7">
                <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
                  {"@type":"WebSite","name":"Sample Daily"},
                  {"@type":"NewsArticle","headline":"H","datePublished":"2024-07-08T09:15:00Z",
                   "author":[{"@type":"Person","name":"Иван Тестов"},{"@type":"Person","name":"Мария Пример"}],
                   "publisher":{"@type":"Organization","name":"Sample Daily"}}]}</script>
                <script type="application/ld+json">{ broken json </script>
                </head><body>
                <aside><time datetime="2020-01-01T00:00">old</time> Другая новость</aside>
                <div class="content"><p>%s</p><p>%s</p></div>
                </body></html>
                """.formatted(P1, P2);
        RawArticle a = CollectingSink.read(write(dir, "story.htm", page)).only();

        assertEquals("Заголовок страницы", a.title());
        assertEquals("2024-07-08T09:15:00Z", a.published());
        assertEquals(List.of("Иван Тестов", "Мария Пример"), a.authors());
        assertEquals("Sample Daily", a.source());
        assertEquals("https://daily.example/story-7", a.url());
        assertEquals("ru", a.lang());
    }

    @Test
    void theSiteOrItsPublisherNamedAsAuthorIsNotTheAuthor() {
        String page = """
                <html lang="en"><head><title>Harbour news</title>
                <meta property="og:site_name" content="Harbour Times">
                <meta name="author" content="HARBOUR TIMES">
                <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-07-08",
                   "author":{"@type":"Organization","name":"Quayside Media Group"},
                   "publisher":{"@type":"Organization","name":"Quayside Media Group"}}</script>
                </head><body>
                <div class="content"><p>%s</p><p>%s</p>
                <p>By <a rel="author" href="/staff/ann">Ann Example</a></p></div>
                </body></html>
                """.formatted(P1, P2);
        RawArticle a = CollectingSink.read(write(dir, "harbour.html", page)).only();

        assertEquals(List.of("Ann Example"), a.authors());
        assertEquals("Harbour Times", a.source());
    }

    @Test
    void declaredWindows1251IsDecoded() {
        String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">"
                + "<title>Погода</title></head><body><p>Завтра в городе ожидается сильный дождь и ветер.</p></body></html>";
        Path file = write(dir, "pogoda.html", page.getBytes(Charset.forName("windows-1251")));

        RawArticle a = CollectingSink.read(file).only();

        assertEquals("Погода", a.title());
        assertTrue(a.text().contains("Завтра в городе ожидается сильный дождь"), a.text());
        assertEquals(List.of(), a.issues());
    }

    @Test
    void pageWithoutArticleStructureFallsBackToBodyText() {
        Path file = write(dir, "note.html", "<html><body><span>Short notice: office closed.</span></body></html>");

        RawArticle a = CollectingSink.read(file).only();

        assertEquals("Short notice: office closed.", a.text());
        assertNull(a.published());
        assertEquals(List.of(), a.authors());
    }

    @Test
    void pageWithoutTextIsAnError() {
        Path file = write(dir, "blank.html", "<html><head><title>Only a title</title></head><body> </body></html>");

        CollectingSink.read(file).onlyError(file.toString(), "no text");
    }

    @Test
    void htmlOnStandardInputGetsItsCanonicalUrlAsId() {
        RawArticle a = CollectingSink.readStdin(utf8(META_PAGE)).only();

        assertEquals("https://visnyk.example/news/mist", a.id());
        assertEquals("-", a.origin().input());
    }

    @Test
    void gzippedHtmlIsSniffedInside() {
        RawArticle a = CollectingSink.read(write(dir, "page.gz", gzip(META_PAGE))).only();

        assertEquals("page", a.id());
        assertEquals("Новий міст відкрили для руху", a.title());
    }
}
