package org.wirewatch.core.output;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.Mention;

/**
 * One row per article (RFC 4180, header first): id, lang, published, source, url, title, authors,
 * story, duplicate_of, translation_of, entity_ids (distinct, ";"-separated), entity_count,
 * quote_count, words, tone (GDELT's, per 100 words; empty without one). Meant for spreadsheets; the full record is in the jsonl export.
 */
public final class CsvExportFormat implements ExportFormat {
    private static final List<String> HEADER = List.of("id", "lang", "published", "source", "url", "title", "authors", "story",
            "duplicate_of", "translation_of", "entity_ids", "entity_count", "quote_count", "words", "tone");

    /** A plain number ("-3.25") is a value, not a formula: a negative tone stays a number in a spreadsheet. */
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("-?\\d+(\\.\\d+)?");

    @Override
    public String name() {
        return "csv";
    }

    @Override
    public ExportWriter open(Writer out) throws IOException {
        row(out, HEADER);
        return new ExportWriter() {
            @Override
            public void write(Article a) throws IOException {
                Set<String> ids = new LinkedHashSet<>();
                for (Mention m : a.entities()) if (m.id() != null) ids.add(m.id());
                row(out, List.of(text(a.id()), text(a.lang()), text(a.published()), text(a.source()), text(a.url()), text(a.title()),
                        String.join("; ", a.authors()), text(a.story()), text(a.duplicateOf()), text(a.translationOf()),
                        String.join(";", ids), String.valueOf(a.entities().size()), String.valueOf(a.quotes().size()),
                        String.valueOf(words(a.text())), a.tone() == null ? "" : TsvFields.number(a.tone().tone())));
            }

            @Override
            public void close() throws IOException {
                out.flush();
            }
        };
    }

    private static void row(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) out.write(',');
            out.write(quoted(cells.get(i)));
        }
        out.write("\r\n");
    }

    /** Quotes a cell when it holds a comma, quote or line break; a cell a spreadsheet could run as a formula gets a leading '. */
    static String quoted(String cell) {
        String safe = formulaLike(cell) && !NUMBER.matcher(cell).matches() ? "'" + cell : cell;
        if (safe.indexOf(',') < 0 && safe.indexOf('"') < 0 && safe.indexOf('\n') < 0 && safe.indexOf('\r') < 0) return safe;
        return '"' + safe.replace("\"", "\"\"") + '"';
    }

    /**
     * OWASP's CSV injection list: a cell starting with = + - @, tab or carriage return; spreadsheets
     * also skip leading blanks and line feeds before the formula sign.
     */
    private static boolean formulaLike(String cell) {
        if (cell.isEmpty()) return false;
        if (cell.charAt(0) == '\t' || cell.charAt(0) == '\r') return true;
        int i = 0;
        while (i < cell.length() && (cell.charAt(i) == ' ' || cell.charAt(i) == '\n')) i++;
        return i < cell.length() && "=+-@".indexOf(cell.charAt(i)) >= 0;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static int words(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
