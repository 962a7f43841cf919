package org.wirewatch.core.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wirewatch.core.ingest.Fixtures.concat;
import static org.wirewatch.core.ingest.Fixtures.gzip;
import static org.wirewatch.core.ingest.Fixtures.utf8;
import static org.wirewatch.core.ingest.Fixtures.write;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** One bad record never costs the good ones after it: a good record after a bad one, in every container. */
class ReaderRecoveryTest {
    private static final Instant CRAWLED = Instant.parse("2024-11-13T10:00:00Z");

    @TempDir
    Path dir;

    static byte[] warcRecord(String url, String paragraph, WarcCompression compression) {
        try {
            String html = "<html><head><title>" + paragraph + "</title></head><body><p>" + paragraph + "</p></body></html>";
            HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.HTML_UTF8, utf8(html)).build();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (WarcWriter writer = new WarcWriter(Channels.newChannel(out), compression)) {
                // a record id derived from the url, not jwarc's random one, so the bytes (and the fuzz cases built on them) repeat
                URI id = URI.create("urn:uuid:" + UUID.nameUUIDFromBytes(url.getBytes(StandardCharsets.UTF_8)));
                writer.write(new WarcResponse.Builder(url).recordId(id).date(CRAWLED).body(http).build());
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<byte[]> fourRecords(WarcCompression compression) {
        List<byte[]> records = new ArrayList<>();
        String[] words = {"The harbour reopened after the storm.", "A new bridge crosses the river.",
            "The library extends its opening hours.", "Farmers bring the harvest to market."};
        for (int i = 0; i < words.length; i++) records.add(warcRecord("https://town.example/" + (i + 1), words[i], compression));
        return records;
    }

    private static List<String> urls(int... numbers) {
        List<String> out = new ArrayList<>();
        for (int n : numbers) out.add("https://town.example/" + n);
        return out;
    }

    @Test
    void aWarcRecordWithAGarbledHeaderIsReportedAndTheRecordsAfterItAreRead() {
        List<byte[]> records = fourRecords(WarcCompression.NONE);
        byte[] second = records.get(1);
        for (int i = 2; i < 40; i++) second[i] = 'x';
        Path file = write(dir, "garbled.warc", concat(records.toArray(byte[][]::new)));

        CollectingSink sink = CollectingSink.read(file);

        assertEquals(urls(1, 3, 4), sink.ids());
        ReadError error = sink.onlyError(file.toString(), "damaged WARC record");
        assertEquals("record 2", error.where().position());
        assertTrue(error.message().contains("at byte " + records.get(0).length), error.message());
    }

    @Test
    void aWarcRecordCutShortInTheMiddleOfTheFileCostsOnlyItself() {
        List<byte[]> records = fourRecords(WarcCompression.NONE);
        byte[] second = records.get(1);
        records.set(1, java.util.Arrays.copyOf(second, second.length / 2));
        Path file = write(dir, "cut.warc", concat(records.toArray(byte[][]::new)));

        CollectingSink sink = CollectingSink.read(file);

        assertEquals(urls(1, 3, 4), sink.ids());
        ReadError error = sink.onlyError(file.toString(), "damaged WARC record");
        assertEquals("record 2", error.where().position());
        assertTrue(error.message().contains("at byte " + records.get(0).length), error.message());
    }

    @Test
    void aCorruptGzipMemberOfAWarcCostsOnlyItsRecord() {
        List<byte[]> members = fourRecords(WarcCompression.GZIP);
        corruptDeflateData(members.get(1));
        Path file = write(dir, "corrupt.warc.gz", concat(members.toArray(byte[][]::new)));

        CollectingSink sink = CollectingSink.read(file);

        assertEquals(urls(1, 3, 4), sink.ids());
        assertFalse(sink.errors.isEmpty());
        ReadError gzip = sink.errors.get(0);
        assertEquals(file.toString(), gzip.where().input());
        assertTrue(gzip.message().contains("gzip member at byte " + members.get(0).length), gzip.message());
    }

    @Test
    void aCorruptGzipMemberOfJsonLinesCostsOnlyItsLines() {
        byte[] first = gzip("{\"id\":\"a1\",\"text\":\"one\"}\n{\"id\":\"a2\",\"text\":\"two\"}\n");
        byte[] second = gzip("{\"id\":\"b1\",\"text\":\"" + "three ".repeat(40) + "\"}\n{\"id\":\"b2\",\"text\":\"four\"}\n");
        byte[] third = gzip("{\"id\":\"c1\",\"text\":\"five\"}\n{\"id\":\"c2\",\"text\":\"six\"}\n");
        corruptDeflateData(second);
        Path file = write(dir, "members.jsonl.gz", concat(first, second, third));

        CollectingSink sink = CollectingSink.read(file);

        assertTrue(sink.ids().containsAll(List.of("a1", "a2", "c1", "c2")), sink.ids().toString());
        assertTrue(sink.errors.stream().anyMatch(e -> e.message().contains("gzip member at byte " + first.length)), sink.errors::toString);
    }

    @Test
    void aBadJsonLineIsReportedAndTheNextLineRead() {
        Path file = write(dir, "lines.jsonl", "{\"id\":\"a\",\"text\":\"one\"}\n{\"id\":\"b\",\"text\":\"two\"\n{\"id\":\"c\",\"text\":\"three\"}\n");

        CollectingSink sink = CollectingSink.read(file);

        assertEquals(List.of("a", "c"), sink.ids());
        assertEquals("line 2", sink.onlyError(file.toString(), "not JSON").where().position());
    }

    static final String RSS_WITH_AMPERSAND = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0">
            <channel>
              <title>Harbour Gazette</title>
              <item><title>Ferry service resumes</title><link>https://harbour.example/1</link>
                <description>The ferry runs again after repairs.</description></item>
              <item><title>Fish & chips festival</title><link>https://harbour.example/2</link>
                <description>Stalls for fish & chips line the quay.</description></item>
              <item><title>Market day moved</title><link>https://harbour.example/3</link>
                <description>The weekly market moves to Friday.</description></item>
            </channel>
            </rss>
            """;

    @Test
    void anUnescapedAmpersandDoesNotRejectAnRssFeed() {
        Path file = write(dir, "harbour.rss", RSS_WITH_AMPERSAND);

        CollectingSink sink = CollectingSink.read(file);

        assertEquals(List.of("https://harbour.example/1", "https://harbour.example/2", "https://harbour.example/3"), sink.ids());
        assertEquals("Fish & chips festival", sink.articles.get(1).title());
        assertEquals("Stalls for fish & chips line the quay.", sink.articles.get(1).text());
        ReadError error = sink.onlyError(file.toString(), "malformed XML");
        assertEquals("line 7", error.where().position());
    }

    @Test
    void aBrokenAtomEntryDoesNotCostTheEntriesAfterIt() {
        Path file = write(dir, "valley.atom", """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom">
                  <title>Valley Wire</title>
                  <id>urn:uuid:valley</id>
                  <updated>2024-08-05T12:00:00Z</updated>
                  <entry><title>Rain expected</title><id>urn:uuid:e1</id><updated>2024-08-05T10:00:00Z</updated>
                    <summary>Heavy rain is expected tonight.</summary></entry>
                  <entry><title>Roads & bridges</title><id>urn:uuid:e2</id><updated>2024-08-05T11:00:00Z</updated>
                    <summary>Crews inspect roads & bridges after the flood.</summary></entry>
                  <entry><title>School reopens</title><id>urn:uuid:e3</id><updated>2024-08-04T08:00:00Z</updated>
                    <summary>The village school reopened on Monday.</summary></entry>
                </feed>
                """);

        CollectingSink sink = CollectingSink.read(file);

        assertEquals(List.of("urn:uuid:e1", "urn:uuid:e2", "urn:uuid:e3"), sink.ids());
        assertEquals("Crews inspect roads & bridges after the flood.", sink.articles.get(1).text());
        assertEquals("line 8", sink.onlyError(file.toString(), "malformed XML").where().position());
    }

    @Test
    void aFeedWithADoctypeIsReadWithoutItsDtd() {
        Path file = write(dir, "doctype.rss", RSS_WITH_AMPERSAND.replace("<rss version", "<!DOCTYPE rss SYSTEM \"http://evil.example/x.dtd\">\n<rss version"));

        CollectingSink sink = CollectingSink.read(file);

        assertEquals(3, sink.articles.size(), sink.errors::toString);
    }

    /** Overwrites bytes inside the deflate data of one gzip member, so inflating it fails or its checksum does. */
    static void corruptDeflateData(byte[] member) {
        int from = 12, to = member.length - 12;
        for (int i = from + (to - from) / 3; i < from + 2 * (to - from) / 3; i++) member[i] = (byte) (member[i] ^ 0x5a);
    }
}
