package org.wirewatch.core.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewatch.core.ingest.ArticleInputs;
import org.wirewatch.core.ingest.InputLimits;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.RawArticle;

class ExtractionEvaluationTest {
    @TempDir
    Path dir;

    private static final ArticleInputs INPUTS = new ArticleInputs(InputLimits.defaults());
    /** The reader's text as it is, title on top: the harness is under test here, not the cleaning. */
    private static final Function<RawArticle, Article> AS_READ = raw ->
            Article.builder(raw.id(), raw.title() + "\n\n" + raw.text()).title(raw.title()).build();

    private static final String PAGE = """
            <html><head><title>Harbour ferry returns</title></head><body>
            <article><p>The harbour ferry runs again from Monday, the town\u00A0council said.</p>
            <p>It was \u201Cthe busiest route\u201D in the region before the storm.</p></article>
            </body></html>
            """;

    @Test
    void countsWantedAndUnwantedSnippetsOverGzippedPagesAfterNormalising() throws IOException {
        writeGz("html/ferry.html.gz", PAGE);
        Path gold = gold("""
                {"id": "ferry", "file": "html/ferry.html.gz", "url": null, "lang": "en", \
                "with": ["town council said", "\\"the busiest route\\"", "timetable"], \
                "without": ["Harbour ferry returns", "Subscribe now"]}""");

        ExtractionReport report = ExtractionEvaluation.run(gold, INPUTS, AS_READ, 1, () -> {});

        SnippetCounts c = report.total(PageScore::typographic);
        assertEquals(new SnippetCounts(2, 1, 1, 1), c, "NBSP and curly quotes match their plain forms");
        assertEquals(2.0 / 3, c.precision(), 1e-9);
        assertEquals(2.0 / 3, c.recall(), 1e-9);
        assertEquals(4.0 / 6, c.f1(), 1e-9);
        assertEquals(3.0 / 5, c.accuracy(), 1e-9);
        assertEquals(new SnippetCounts(2, 0, 1, 2), report.total(PageScore::untitled), "the title paragraph dropped");
        assertEquals(new SnippetCounts(1, 1, 2, 1), report.total(PageScore::strict),
                "strict: whitespace (NBSP too) is normalised, curly quotes are not");
        String text = report.toText();
        assertTrue(text.contains("missed: timetable"), text);
        assertTrue(text.contains("found:  Harbour ferry returns"), text);
    }

    @Test
    void aPageWithoutItsRecordMissesEverythingAndSaysWhy() throws IOException {
        Files.createDirectories(dir.resolve("html"));
        Files.writeString(dir.resolve("html/other-name.html"), PAGE);
        Path gold = gold("""
                {"id": "ferry", "file": "html/other-name.html", "with": ["harbour ferry"], "without": ["Subscribe now"]}
                {"id": "gone", "file": "html/gone.html.gz", "with": ["a", "b"], "without": []}
                not json""");
        AtomicInteger done = new AtomicInteger();

        ExtractionReport report = ExtractionEvaluation.run(gold, INPUTS, AS_READ, 2, done::incrementAndGet);

        assertEquals(new SnippetCounts(0, 0, 3, 1), report.total(PageScore::typographic));
        assertEquals(2, done.get(), "progress once per page");
        String text = report.toText();
        assertTrue(text.contains("no record with id \"ferry\" (read: \"other-name\")"), text);
        assertTrue(text.contains("gone.html.gz"), text);
        assertTrue(text.contains("skipped gold lines: 1"), text);
        assertTrue(text.contains("pages with an empty text or no record: 2"), text);
    }

    private Path gold(String lines) throws IOException {
        return Files.writeString(dir.resolve("extraction.jsonl"), lines + "\n");
    }

    private void writeGz(String relative, String content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(content.getBytes(StandardCharsets.UTF_8));
        }
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes.toByteArray());
    }
}
