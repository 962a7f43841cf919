package org.wirewatch.core.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wirewatch.core.ingest.Fixtures.concat;
import static org.wirewatch.core.ingest.Fixtures.gzip;
import static org.wirewatch.core.ingest.Fixtures.utf8;
import static org.wirewatch.core.ingest.Fixtures.write;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewatch.core.model.Issue;
import org.wirewatch.core.model.RawArticle;
import org.wirewatch.core.model.SourceRef;

class JsonlInputTest {
    private static final String FULL = "{\"id\":\"art-1\",\"text\":\"Flood waters rose overnight.\\n\\nResidents left.\","
            + "\"title\":\"River floods\",\"url\":\"https://news.example/flood\",\"lang\":\"en-GB\","
            + "\"published\":\"2024-05-02T08:30:00+03:00\",\"source\":\"Example News\","
            + "\"authors\":[\"Ann Reporter\",\"Bo Writer\"],\"extra\":{\"ignored\":true}}";

    @TempDir
    Path dir;

    @Test
    void everyFieldIsMapped() {
        Path file = write(dir, "batch.jsonl", FULL + "\n");

        RawArticle a = CollectingSink.read(file).only();

        assertEquals("art-1", a.id());
        assertEquals("Flood waters rose overnight.\n\nResidents left.", a.text());
        assertEquals("River floods", a.title());
        assertEquals("https://news.example/flood", a.url());
        assertEquals("en", a.lang());
        assertEquals("2024-05-02T08:30:00+03:00", a.published());
        assertEquals("Example News", a.source());
        assertEquals(List.of("Ann Reporter", "Bo Writer"), a.authors());
        assertEquals(new SourceRef(file.toString(), "line 1"), a.origin());
        assertTrue(a.markup());
    }

    @Test
    void idsFallBackToUrlThenToContentHash() {
        Path file = write(dir, "noid.jsonl", """
                {"text":"first story","url":"https://news.example/one"}
                {"text":"second story"}
                {"id":42,"text":"third story"}
                """);

        List<String> ids = CollectingSink.read(file).ids();

        assertEquals("https://news.example/one", ids.get(0));
        assertEquals(Ids.contentHash("second story"), ids.get(1));
        assertEquals("42", ids.get(2));
    }

    @Test
    void badLinesAreReportedWithLineNumbersAndTheRestIsRead() {
        Path file = write(dir, "mixed.jsonl", """
                {"id":"a","text":"good one"}
                this is not json

                {"id":"b","title":"no text here"}
                {"id":"c","text":""}
                [1,2,3]
                {"id":"d","text":"good two"} trailing
                {"id":"e","text":"good three"}
                """);

        CollectingSink sink = CollectingSink.read(file);

        assertEquals(List.of("a", "e"), sink.ids());
        assertEquals(new SourceRef(file.toString(), "line 8"), sink.articles.get(1).origin());
        List<String> positions = sink.errors.stream().map(e -> e.where().position()).toList();
        assertEquals(List.of("line 2", "line 4", "line 5", "line 6", "line 7"), positions);
        assertTrue(sink.errors.get(0).message().startsWith("not JSON"), sink.errors.get(0).message());
        assertEquals("no \"text\" or \"html\" field", sink.errors.get(1).message());
        sink.errors.forEach(e -> assertEquals(file.toString(), e.where().input()));
    }

    @Test
    void windowsLineEndsAndBlankLinesAreFine() {
        Path file = write(dir, "crlf.jsonl", "{\"id\":\"a\",\"text\":\"one\"}\r\n\r\n   \r\n{\"id\":\"b\",\"text\":\"two\"}\r\n");

        CollectingSink sink = CollectingSink.read(file);

        assertEquals(List.of(), sink.errors);
        assertEquals(List.of("a", "b"), sink.ids());
    }

    @Test
    void gzippedJsonlIsReadAndTruncatedGzipKeepsTheLinesBeforeTheCut() {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            lines.append("{\"id\":\"n").append(i).append("\",\"text\":\"Item number ").append(i)
                    .append(" describes a different local event in some detail.\"}\n");
        }
        byte[] gz = gzip(lines.toString());
        Path whole = write(dir, "all.jsonl.gz", gz);
        Path cut = write(dir, "cut.jsonl.gz", Arrays.copyOf(gz, gz.length / 2));

        CollectingSink full = CollectingSink.read(whole);
        assertEquals(List.of(), full.errors);
        assertEquals(400, full.articles.size());
        CollectingSink sink = CollectingSink.read(cut);

        assertTrue(sink.articles.size() > 10 && sink.articles.size() < 400, "delivered " + sink.articles.size());
        assertEquals("n0", sink.ids().get(0));
        ReadError error = sink.onlyError(cut.toString(), "truncated");
        assertEquals("line " + (sink.articles.size() + 1), error.where().position());
    }

    @Test
    void aLineOverTheLimitIsSkippedWithoutStoppingTheFile() {
        String huge = "{\"id\":\"big\",\"text\":\"" + "y".repeat(5_000) + "\"}";
        Path file = write(dir, "long.jsonl", "{\"id\":\"a\",\"text\":\"ok\"}\n" + huge + "\n{\"id\":\"b\",\"text\":\"ok\"}\n");

        CollectingSink sink = CollectingSink.read(InputLimits.defaults().withMaxDocumentBytes(1_000), file);

        assertEquals(List.of("a", "b"), sink.ids());
        ReadError error = sink.onlyError(file.toString(), "--max-mb");
        assertEquals("line 2", error.where().position());
    }

    @Test
    void invalidUtf8InALineKeepsTheArticleWithAnIssue() {
        byte[] line1 = utf8("{\"id\":\"a\",\"text\":\"ok\"}\n");
        byte[] line2 = concat(utf8("{\"id\":\"b\",\"text\":\"bad "), new byte[] {(byte) 0xC3}, utf8("\"}\n"));
        Path file = write(dir, "bytes.jsonl", concat(line1, line2));

        CollectingSink sink = CollectingSink.read(file);

        assertEquals(List.of("a", "b"), sink.ids());
        Issue issue = sink.articles.get(1).issues().get(0);
        assertEquals(Issue.INVALID_UTF8, issue.code());
        int offset = line1.length + "{\"id\":\"b\",\"text\":\"bad ".length();
        assertTrue(issue.message().endsWith("offset " + offset), issue.message());
    }

    @Test
    void unparseableDateIsDroppedWithAnIssueNotGuessed() {
        Path file = write(dir, "dates.jsonl", "{\"id\":\"a\",\"text\":\"t\",\"published\":\"last Tuesday\"}\n");

        RawArticle a = CollectingSink.read(file).only();

        assertNull(a.published());
        assertEquals(JsonArticles.INVALID_DATE, a.issues().get(0).code());
    }

    @Test
    void jsonlWithOtherExtensionOrOnStdinIsSniffed() {
        byte[] content = utf8("{\"id\":\"x\",\"text\":\"from a pipe\"}\n");
        assertEquals("x", CollectingSink.readStdin(content).only().id());
        assertEquals("x", CollectingSink.read(write(dir, "export.dat", content)).only().id());
    }
}
