package org.wirewatch.core.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.Mention;
import org.wirewatch.core.model.Tone;

class CsvExportFormatTest {
    @Test
    void cells_with_commas_quotes_and_line_breaks_are_quoted_and_formulas_defused() throws IOException {
        String text = "=HYPERLINK(\"x\"), said \"Blinken\"\nsecond line";
        Article a = Article.builder("a,1", text).lang("en").title("=HYPERLINK(\"http://x\")").source("Harbour, Post")
                .authors(List.of("Ann Lee", "Bo Ek")).published("2024-11-13")
                .entities(List.of(new Mention(23, 30, "Blinken", "PER", "ww:blinken", "Antony Blinken"))).story("s-1").build();
        StringWriter out = new StringWriter();
        try (ExportWriter w = new CsvExportFormat().open(out)) {
            w.write(a);
        }
        String[] rows = out.toString().split("\r\n");
        assertEquals("id,lang,published,source,url,title,authors,story,duplicate_of,translation_of,entity_ids,entity_count,quote_count,words,tone", rows[0]);
        assertEquals("\"a,1\",en,2024-11-13,\"Harbour, Post\",,\"'=HYPERLINK(\"\"http://x\"\")\",Ann Lee; Bo Ek,s-1,,,ww:blinken,1,0,5,", rows[1]);
    }

    @Test
    void a_negative_tone_stays_a_number_and_a_formula_starting_with_minus_is_defused() throws IOException {
        Tone tone = new Tone(-3.25, 1.0, 4.25, 5.25, 8, List.of(), List.of(), List.of());
        Article a = Article.builder("b", "Talks failed.").lang("en").title("-2+3").tone(tone).build();
        StringWriter out = new StringWriter();
        try (ExportWriter w = new CsvExportFormat().open(out)) {
            w.write(a);
        }
        String row = out.toString().split("\r\n")[1];
        assertTrue(row.endsWith(",-3.25"), row);
        assertTrue(row.contains(",'-2+3,"), row);
    }

    /** OWASP's CSV injection list: a tab or carriage return before the formula sign still starts a formula. */
    @ParameterizedTest
    @ValueSource(strings = {"\t=1+1", "\r=1+1", "\t+1", "\r-1", "\t@SUM(A1)", "\t", "\r", " =1+1", "\n=1+1"})
    void cells_starting_with_tab_or_carriage_return_are_defused_too(String title) throws IOException {
        Article a = Article.builder("t", "text").title(title).build();
        StringWriter out = new StringWriter();
        try (ExportWriter w = new CsvExportFormat().open(out)) {
            w.write(a);
        }
        String row = out.toString().substring(out.toString().indexOf("\r\n") + 2);
        String titleCell = row.split(",", -1)[5];
        String unquoted = titleCell.startsWith("\"") ? titleCell.substring(1) : titleCell;
        assertEquals('\'', unquoted.charAt(0), "title cell " + titleCell.replace("\t", "\\t").replace("\r", "\\r"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Plain title", "A=B", "3 + 4", "name@example.org"})
    void ordinary_cells_are_left_alone(String title) throws IOException {
        assertEquals(title, CsvExportFormat.quoted(title));
    }
}
