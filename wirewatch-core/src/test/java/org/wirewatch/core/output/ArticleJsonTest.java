package org.wirewatch.core.output;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirewatch.core.model.Amount;
import org.wirewatch.core.model.Article;

class ArticleJsonTest {
    @Test
    void countsAreWrittenAsWholeNumbersAndKeysInSnakeCase() {
        String text = "Ninety drones and 1.5 million dollars.";
        Article article = Article.builder("a1", text).lang("en").amounts(List.of(new Amount(0, 13, "Ninety drones", 90, "drone", false, null),
                new Amount(18, 37, "1.5 million dollars", 1.5e6, "usd", false, null))).build();

        String line = new ArticleJson().toLine(article);

        assertTrue(line.contains("\"value\":90,"), line);
        assertTrue(line.contains("\"value\":1500000,"), line);
        assertTrue(line.contains("\"published_inferred\":false") && line.contains("\"duplicate_of\":null"), line);
        assertTrue(!line.contains("\n"), "one line");
    }
}
