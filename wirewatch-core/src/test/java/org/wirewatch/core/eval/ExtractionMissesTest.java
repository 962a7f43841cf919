package org.wirewatch.core.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewatch.core.clean.TextCleaner;
import org.wirewatch.core.ingest.ArticleInputs;
import org.wirewatch.core.ingest.InputLimits;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.RawArticle;

/** A page written for this test, with one wanted snippet lost at each step of the extraction. */
class ExtractionMissesTest {
    @TempDir
    Path dir;

    private static final String P = "The harbour ferry runs again from Monday, the town council said after a long meeting "
            + "that went on well into the night, and the first boat leaves at seven.";
    private static final String PAGE = """
            <html lang="en"><head><title>Harbour ferry returns</title></head><body>
            <div class="newsletter-box"><p>Harbour letters every morning in your inbox</p></div>
            <article><p>%s</p><p>%s</p><p>%s</p><p>Harbour Desk</p></article>
            <script>var secret = "a snippet only in a script";</script>
            </body></html>
            """.formatted(P, P, P);

    @Test
    void eachMissIsPutOnTheStepThatLostIt() throws IOException {
        Files.writeString(dir.resolve("ferry.html"), PAGE);
        Path gold = dir.resolve("gold.jsonl");
        Files.writeString(gold, """
                {"id": "ferry", "file": "ferry.html", "with": ["first boat leaves", "a snippet only in a script", \
                "Harbour letters every morning", "Harbour Desk"], "without": []}
                """);
        TextCleaner cleaner = new TextCleaner();
        Function<RawArticle, Article> cleaned = raw -> Article.builder(raw.id(), cleaner.clean(raw.text()).text()).build();
        ExtractionReport report = ExtractionEvaluation.run(gold, new ArticleInputs(InputLimits.defaults()), cleaned, 1, () -> {});

        ExtractionMisses misses = ExtractionMisses.explain(gold, report, cleaner);

        assertEquals(List.of(
                new ExtractionMisses.Miss("ferry", "a snippet only in a script", ExtractionMisses.Stage.PAGE, null),
                new ExtractionMisses.Miss("ferry", "Harbour letters every morning", ExtractionMisses.Stage.PRUNING, null),
                new ExtractionMisses.Miss("ferry", "Harbour Desk", ExtractionMisses.Stage.CLEANER, "byline")),
                misses.misses());
        String text = misses.toText(5);
        assertTrue(text.contains("cleaner      1  dropped by the line cleaner"), text);
        assertTrue(text.contains("ferry  cleaner (byline): Harbour Desk"), text);
    }
}
