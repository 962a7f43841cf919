package org.wirewatch.core.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wirewatch.core.ingest.Fixtures.utf8;
import static org.wirewatch.core.ingest.Fixtures.write;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wirewatch.core.lang.LanguageIdentifier;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.RawArticle;
import org.wirewatch.core.pipeline.Pipeline;
import org.wirewatch.core.pipeline.PipelineSettings;

/** The rules an article object must meet, the same for a JSONL line and a body POSTed to the server. */
class JsonArticleRulesTest {
    @TempDir
    Path dir;

    private static CollectingSink readJson(String body) {
        CollectingSink sink = new CollectingSink();
        new ArticleInputs(InputLimits.defaults()).readJson(utf8(body), "request body", sink);
        return sink;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "null                                   | a JSON object, not null",
        "[1,2,3]                                | a JSON object, not an array",
        "\"just a string\"                      | a JSON object, not a string",
        "42                                     | a JSON object, not a number",
        "{\"title\":\"only a title\"}           | \"text\" or \"html\"",
        "{\"text\":5}                           | \"text\" must be a string",
        "{\"text\":\"  \"}                      | \"text\" is empty",
        "{\"html\":\"<p> </p>\"}                | \"html\" has no text",
        "{\"text\":\"t\",\"lang\":[1]}          | \"lang\" must be a string",
        "{\"text\":\"t\",\"title\":{\"a\":1}}   | \"title\" must be a string",
        "{\"text\":\"t\",\"published\":true}    | \"published\" must be a string",
        "{\"text\":\"t\",\"url\":3}             | \"url\" must be a string",
        "{\"text\":\"t\",\"source\":[]}         | \"source\" must be a string",
        "{\"text\":\"t\",\"id\":{}}             | \"id\" must be a string",
        "{\"text\":\"t\",\"authors\":[1,\"b\"]} | \"authors\" must be a string or a list of strings",
    })
    void aBodyThatIsNoArticleIsRefusedNamingTheFieldAtFault(String body, String expected) {
        CollectingSink viaServer = readJson(body);
        assertEquals(List.of(), viaServer.articles, body);
        assertEquals(1, viaServer.errors.size(), () -> viaServer.errors.toString());
        assertTrue(viaServer.errors.get(0).message().contains(expected), viaServer.errors.get(0).message());

        CollectingSink viaFile = CollectingSink.read(write(dir, "one.jsonl", body + "\n"));
        assertEquals(viaServer.articles, viaFile.articles, "the JSONL reader keeps the same rules");
        assertEquals(viaServer.errors.get(0).message(), viaFile.errors.get(0).message());
        assertEquals("line 1", viaFile.errors.get(0).where().position());
    }

    @Test
    void aBodyMayBeOneObjectOverSeveralLinesOrJsonLines() {
        CollectingSink pretty = readJson("{\n  \"id\": \"p-1\",\n  \"text\": \"The ferry runs again.\"\n}\n");
        assertEquals(List.of("p-1"), pretty.ids());
        assertEquals(List.of(), pretty.errors);

        CollectingSink lines = readJson("{\"id\":\"a\",\"text\":\"one\"}\nnull\n{\"id\":\"b\",\"text\":\"two\"}\n");
        assertEquals(List.of("a", "b"), lines.ids());
        assertEquals("line 2", lines.errors.get(0).where().position());
        assertEquals("request body", lines.errors.get(0).where().input());
    }

    @Test
    void anEmptyBodyIsAnError() {
        assertTrue(readJson("  \n").errors.get(0).message().contains("empty"));
    }

    @Test
    void anHtmlFieldIsDecodedToText() {
        CollectingSink sink = readJson("{\"id\":\"h\",\"title\":\"Ferry\",\"html\":\"<p>The ferry from <b>Varna</b> &amp; Odesa.</p><p>Second.</p>\"}");
        RawArticle a = sink.only();
        assertEquals("The ferry from Varna & Odesa.\n\nSecond.", a.text());
    }

    @Test
    void aTitleWithMarkupOrEntitiesIsDecodedLikeTheText() {
        Path file = write(dir, "title.jsonl", "{\"id\":\"t\",\"title\":\"<b>Bold</b> &amp; co\",\"text\":\"The ferry resumed.\"}\n");
        assertEquals("Bold & co", CollectingSink.read(file).only().title());
    }

    @Test
    void theAnalysedTextStartsWithTheDecodedTitle() {
        Path file = write(dir, "title.jsonl", "{\"id\":\"t\",\"lang\":\"en\",\"title\":\"<b>Bold</b> &amp; co\","
                + "\"text\":\"The ferry from Varna to Odesa resumed on Wednesday, operators said.\"}\n");
        Pipeline pipeline = new Pipeline(new PipelineSettings(false, LanguageIdentifier.defaultLanguages()));
        Article a = pipeline.analyze(CollectingSink.read(file).only());
        assertEquals("Bold & co", a.title());
        assertTrue(a.text().startsWith("Bold & co\n\n"), a.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2025-03-19T14:19        | 2025-03-19T14:19",
        "2025-03-19 14:19        | 2025-03-19T14:19",
        "2025-03-19T14:19+0200   | 2025-03-19T14:19+02:00",
        "2025-03-19T14:19:07Z    | 2025-03-19T14:19:07Z",
        "2025-03-19              | 2025-03-19",
    })
    void publishedKeepsThePrecisionGiven(String given, String expected) {
        Path file = write(dir, "dates.jsonl", "{\"id\":\"d\",\"text\":\"t\",\"published\":\"" + given + "\"}\n");
        assertEquals(expected, CollectingSink.read(file).only().published());
    }

    @Test
    void notJsonIsReportedWithItsColumnAndNoParserInternals() {
        Path file = write(dir, "bad.jsonl", "{\"id\":\"a\",\"text\":\"ok\"}\n[1,2\n{\"text\":\"cut\n{'a':1}\n");
        CollectingSink sink = CollectingSink.read(file);
        assertEquals(List.of("a"), sink.ids());
        assertEquals(3, sink.errors.size(), sink.errors::toString);
        for (ReadError e : sink.errors) {
            assertTrue(e.message().startsWith("not JSON"), e.message());
            assertTrue(e.message().contains("column"), e.message());
            for (String internal : List.of("REDACTED", "StreamReadFeature", "Source:", "code 39", "Exception")) {
                assertFalse(e.message().contains(internal), e.message());
            }
        }
    }
}
