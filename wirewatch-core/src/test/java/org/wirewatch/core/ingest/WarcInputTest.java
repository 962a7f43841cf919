package org.wirewatch.core.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wirewatch.core.ingest.Fixtures.utf8;
import static org.wirewatch.core.ingest.Fixtures.write;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.wirewatch.core.model.RawArticle;
import org.wirewatch.core.model.SourceRef;

class WarcInputTest {
    private static final Instant CRAWLED = Instant.parse("2024-11-13T10:00:00Z");
    private static final String UNDATED_PAGE = "<html lang=\"en\"><head><title>Dock strike ends</title></head><body>"
            + "<article><p>Dock workers returned to work on Wednesday after a two-week strike over pay.</p>"
            + "<p>The union said members accepted the new offer by a large majority.</p></article></body></html>";
    private static final String DATED_PAGE = "<html><head><title>Lighthouse restored</title>"
            + "<meta property=\"article:published_time\" content=\"2024-11-12T08:00:00Z\"></head><body>"
            + "<p>The old lighthouse on the point shines again after volunteers restored its lamp.</p></body></html>";

    @TempDir
    Path dir;

    private static WarcRecord htmlResponse(String url, String html) {
        try {
            HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.HTML_UTF8, utf8(html)).build();
            return new WarcResponse.Builder(url).date(CRAWLED).body(http).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static WarcRecord jsonResponse(String url) {
        try {
            HttpResponse http = new HttpResponse.Builder(200, "OK")
                    .body(MediaType.parse("application/json"), utf8("{\"not\":\"html\"}")).build();
            return new WarcResponse.Builder(url).date(CRAWLED).body(http).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static WarcRecord resource(String url, String type, byte[] body) {
        return new WarcResource.Builder(java.net.URI.create(url)).date(CRAWLED).body(MediaType.parse(type), body).build();
    }

    /** Five records: two HTML responses, an HTML resource, and two records that must be skipped. */
    static byte[] archive(WarcCompression compression) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (WarcWriter writer = new WarcWriter(Channels.newChannel(out), compression)) {
                writer.write(htmlResponse("https://port.example/strike", UNDATED_PAGE));
                writer.write(resource("https://port.example/logo.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1}));
                writer.write(jsonResponse("https://port.example/api"));
                writer.write(htmlResponse("https://port.example/lighthouse", DATED_PAGE));
                writer.write(resource("https://port.example/saved", "text/html; charset=utf-8",
                        utf8("<html><body><p>A saved page about the harbour festival.</p></body></html>")));
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertArticles(CollectingSink sink, String input) {
        assertEquals(List.of(), sink.errors);
        assertEquals(List.of("https://port.example/strike", "https://port.example/lighthouse", "https://port.example/saved"),
                sink.ids());
        RawArticle strike = sink.articles.get(0);
        assertEquals("https://port.example/strike", strike.url());
        assertEquals("Dock strike ends", strike.title());
        assertEquals("2024-11-13T10:00:00Z", strike.published(), "WARC-Date when the page has no date");
        assertEquals("en", strike.lang());
        assertTrue(strike.markup());
        assertTrue(strike.text().startsWith("Dock workers returned to work on Wednesday"), strike.text());
        assertTrue(strike.text().contains("strike over pay.\n\nThe union said"), strike.text());
        assertEquals(new SourceRef(input, "record 1"), strike.origin());
        assertEquals("2024-11-12T08:00:00Z", sink.articles.get(1).published(), "the page's own date wins");
        assertEquals(new SourceRef(input, "record 4"), sink.articles.get(1).origin());
        assertEquals("A saved page about the harbour festival.", sink.articles.get(2).text());
    }

    @Test
    void htmlRecordsBecomeArticlesAndOtherRecordsAreSkipped() {
        Path file = write(dir, "crawl.warc", archive(WarcCompression.NONE));

        assertArticles(CollectingSink.read(file), file.toString());
    }

    @Test
    void perRecordGzipWarcIsRead() {
        Path file = write(dir, "CC-NEWS-20241113.warc.gz", archive(WarcCompression.GZIP));

        assertArticles(CollectingSink.read(file), file.toString());
    }

    /**
     * A writer that flushes one gzip member per WARC record into a pipe: every read ends exactly at
     * a member boundary and nothing is "available" in advance. GZIPInputStream alone silently stops
     * at the first such boundary once its buffered bytes are used up.
     */
    @Test
    void gzipWarcFromAPipeIsReadPastTheFirstMember() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Integer> memberEnds = new ArrayList<>();
        try (WarcWriter writer = new WarcWriter(Channels.newChannel(out), WarcCompression.GZIP)) {
            Random random = new Random(7);
            for (int i = 0; i < 3; i++) { // incompressible, so the article lies beyond the sniffing buffer
                byte[] photo = new byte[8192];
                random.nextBytes(photo);
                writer.write(resource("https://port.example/img" + i, "image/jpeg", photo));
                memberEnds.add(out.size());
            }
            writer.write(htmlResponse("https://port.example/strike", UNDATED_PAGE));
        }
        byte[] bytes = out.toByteArray();
        InputStream pipe = new InputStream() {
            private int pos;

            @Override
            public int read() {
                return pos < bytes.length ? bytes[pos++] & 0xff : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (pos >= bytes.length) return -1;
                int boundary = memberEnds.stream().filter(end -> end > pos).findFirst().orElse(bytes.length);
                int n = Math.min(len, boundary - pos);
                System.arraycopy(bytes, pos, b, off, n);
                pos += n;
                return n;
            }
        };

        CollectingSink sink = CollectingSink.read(InputLimits.defaults(), List.of("-"), pipe);

        assertEquals(List.of(), sink.errors);
        assertEquals(List.of("https://port.example/strike"), sink.ids());
        assertEquals("record 4", sink.articles.get(0).origin().position());
    }

    @Test
    void truncatedWarcDeliversRecordsBeforeTheCutAndNamesTheDamagedRecord() {
        for (WarcCompression compression : List.of(WarcCompression.NONE, WarcCompression.GZIP)) {
            byte[] whole = archive(compression);
            Path file = write(dir, "cut-" + compression + ".warc", Arrays.copyOf(whole, whole.length - 60));

            CollectingSink sink = CollectingSink.read(file);

            assertEquals(List.of("https://port.example/strike", "https://port.example/lighthouse"), sink.ids(),
                    compression.toString());
            ReadError error = sink.onlyError(file.toString(), "truncated");
            assertEquals("record 5", error.where().position());
        }
    }

    @Test
    void aCorruptRecordCostsOnlyItself() {
        byte[] bytes = archive(WarcCompression.NONE);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int second = text.indexOf("WARC/1.", 10);
        for (int i = second + 2; i < second + 30; i++) bytes[i] = 'x';
        Path file = write(dir, "corrupt.warc", bytes);

        CollectingSink sink = CollectingSink.read(file);

        assertEquals(List.of("https://port.example/strike", "https://port.example/lighthouse", "https://port.example/saved"), sink.ids());
        ReadError error = sink.onlyError(file.toString(), "damaged WARC");
        assertEquals("record 2", error.where().position());
    }

    @Test
    void fileNamedWarcThatIsNotAWarcIsAnErrorAtRecordOne() {
        Path file = write(dir, "fake.warc", "just some words, no archive here");

        ReadError error = CollectingSink.read(file).onlyError(file.toString(), "damaged WARC");

        assertEquals("record 1", error.where().position());
    }

    @Test
    void oversizedPayloadIsSkippedAndTheNextRecordsStillRead() {
        Path file = write(dir, "limits.warc", archive(WarcCompression.NONE));

        CollectingSink sink = CollectingSink.read(InputLimits.defaults().withMaxDocumentBytes(200), file);

        assertEquals(List.of("https://port.example/saved"), sink.ids());
        assertEquals(2, sink.errors.size());
        assertEquals("record 1", sink.errors.get(0).where().position());
        assertTrue(sink.errors.get(0).message().contains("the document limit, --max-mb (200 bytes)"));
    }
}
