package org.wirewatch.core.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wirewatch.core.ingest.Fixtures.concat;
import static org.wirewatch.core.ingest.Fixtures.gzip;
import static org.wirewatch.core.ingest.Fixtures.utf8;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.WarcCompression;
import org.wirewatch.core.model.Issue;
import org.wirewatch.core.model.RawArticle;

/**
 * Property tests over every reader, seeded so a failure repeats: random bytes, a small valid file
 * cut at every offset, random byte flips, mixed encodings. Whatever the input, no exception
 * escapes, every error names the input (and, inside a multi-record file, the record), no error
 * shows a library's internals, and every record the damage did not touch is delivered intact.
 */
class ReaderFuzzTest {
    private static final long SEED = 0x5EED_2025L;
    private static final ArticleInputs INPUTS = new ArticleInputs(InputLimits.defaults());
    /** Words that mean a library's message or a class name reached the user. */
    private static final List<String> INTERNALS = List.of("Exception", "REDACTED", "StreamRead", "Source:", "maxDocumentBytes",
            "maxFeedBytes", "java.", "org.apache", "org.xml", "org.jsoup", "org.netpreserve", "com.rometools", "com.fasterxml", "(null)");

    /** A small valid input, the id and text of each record, and the byte offset where each record ends. */
    private record Sample(String name, byte[] bytes, List<String> ids, List<String> texts, List<Integer> ends, boolean multiRecord) {
        Map<String, String> textById() {
            Map<String, String> m = new HashMap<>();
            for (int i = 0; i < ids.size(); i++) m.put(ids.get(i), texts.get(i));
            return m;
        }
    }

    private static final String[] PARAGRAPHS = {
        "The harbour reopened after the storm.", "A new bridge crosses the river.", "The library extends its opening hours.",
        "Farmers bring the harvest to market.", "The choir sings at the town hall on Sunday."};

    private static Sample jsonl() {
        StringBuilder s = new StringBuilder();
        List<String> ids = new ArrayList<>(), texts = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        for (int i = 0; i < PARAGRAPHS.length; i++) {
            s.append("{\"id\":\"j").append(i).append("\",\"title\":\"T").append(i).append("\",\"text\":\"").append(PARAGRAPHS[i]).append("\"}\n");
            ids.add("j" + i);
            texts.add(PARAGRAPHS[i]);
            ends.add(utf8(s.toString()).length);
        }
        return new Sample("fuzz.jsonl", utf8(s.toString()), ids, texts, ends, true);
    }

    private static Sample gzipJsonl() {
        Sample plain = jsonl();
        String[] lines = new String(plain.bytes(), StandardCharsets.UTF_8).split("(?<=\n)");
        List<byte[]> members = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        int at = 0;
        for (String line : lines) {
            byte[] member = gzip(line);
            members.add(member);
            at += member.length;
            ends.add(at);
        }
        return new Sample("fuzz.jsonl.gz", concat(members.toArray(byte[][]::new)), plain.ids(), plain.texts(), ends, true);
    }

    private static Sample warc(WarcCompression compression) {
        List<byte[]> records = new ArrayList<>();
        List<String> ids = new ArrayList<>(), texts = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < 3; i++) {
            byte[] r = ReaderRecoveryTest.warcRecord("https://town.example/" + i, PARAGRAPHS[i], compression);
            records.add(r);
            at += r.length;
            ends.add(at);
            ids.add("https://town.example/" + i);
            texts.add(PARAGRAPHS[i]);
        }
        String name = compression == WarcCompression.GZIP ? "fuzz.warc.gz" : "fuzz.warc";
        return new Sample(name, concat(records.toArray(byte[][]::new)), ids, texts, ends, true);
    }

    private static Sample rss() {
        StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>Gazette</title>\n");
        List<String> ids = new ArrayList<>(), texts = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            s.append("<item><title>Item ").append(i).append("</title><guid>g").append(i).append("</guid><description>")
                    .append(PARAGRAPHS[i]).append("</description></item>\n");
            ids.add("g" + i);
            texts.add(PARAGRAPHS[i]);
            ends.add(utf8(s.toString()).length);
        }
        s.append("</channel></rss>\n");
        return new Sample("fuzz.rss", utf8(s.toString()), ids, texts, ends, true);
    }

    private static Sample atom() {
        StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">"
                + "<title>Wire</title><id>urn:w</id><updated>2024-08-05T12:00:00Z</updated>\n");
        List<String> ids = new ArrayList<>(), texts = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            s.append("<entry><title>Entry ").append(i).append("</title><id>urn:e").append(i)
                    .append("</id><updated>2024-08-05T10:00:00Z</updated><summary>").append(PARAGRAPHS[i]).append("</summary></entry>\n");
            ids.add("urn:e" + i);
            texts.add(PARAGRAPHS[i]);
            ends.add(utf8(s.toString()).length);
        }
        s.append("</feed>\n");
        return new Sample("fuzz.atom", utf8(s.toString()), ids, texts, ends, true);
    }

    private static Sample html() {
        String page = "<html><head><title>Bridge</title></head><body><article><p>" + PARAGRAPHS[1] + "</p><p>" + PARAGRAPHS[2]
                + "</p></article></body></html>";
        return new Sample("fuzz.html", utf8(page), List.of(), List.of(), List.of(), false);
    }

    private static Sample text() {
        return new Sample("fuzz.txt", utf8(String.join("\n\n", PARAGRAPHS)), List.of(), List.of(), List.of(), false);
    }

    private static List<Sample> samples() {
        return List.of(jsonl(), gzipJsonl(), warc(WarcCompression.NONE), warc(WarcCompression.GZIP), rss(), atom(), html(), text());
    }

    private static CollectingSink read(String name, byte[] bytes) {
        CollectingSink sink = new CollectingSink();
        INPUTS.read(new ByteArrayInputStream(bytes), name, sink);
        for (ReadError e : sink.errors) {
            assertEquals(name, e.where().input(), "every error names the input");
            assertFalse(e.message().isBlank());
            for (String internal : INTERNALS) {
                assertFalse(e.message().contains(internal), () -> "library internals in: " + e);
            }
        }
        for (RawArticle a : sink.articles) assertNotNull(a.id());
        return sink;
    }

    /** Every record of {@code sample} that {@code touched} leaves alone is delivered, with its text unchanged. */
    private static void assertUntouchedRecordsKept(Sample sample, CollectingSink sink, IntPredicate touched, String what) {
        Map<String, String> delivered = new HashMap<>();
        for (RawArticle a : sink.articles) delivered.put(a.id(), a.text());
        for (int i = 0; i < sample.ids().size(); i++) {
            if (touched.test(i)) continue;
            String id = sample.ids().get(i);
            assertTrue(delivered.containsKey(id), () -> sample.name() + " " + what + ": lost " + id + "; errors " + sink.errors);
            assertEquals(sample.texts().get(i), delivered.get(id), sample.name() + " " + what);
        }
        if (sample.multiRecord()) {
            for (ReadError e : sink.errors) {
                // "empty" and "binary content" are verdicts on the whole input, which holds no record to name
                assertTrue(e.where().position() != null || e.message().startsWith("empty") || e.message().startsWith("binary content"),
                        () -> sample.name() + " " + what + ": an error inside a multi-record input names the record: " + e);
            }
        }
    }

    @Test
    void aSmallValidFileCutAtEveryOffsetKeepsEveryRecordBeforeTheCut() {
        for (Sample sample : samples()) {
            CollectingSink whole = read(sample.name(), sample.bytes());
            assertEquals(List.of(), whole.errors, sample.name());
            assertUntouchedRecordsKept(sample, whole, i -> false, "whole");
            for (int cut = 0; cut < sample.bytes().length; cut++) {
                int at = cut;
                CollectingSink sink = read(sample.name(), Arrays.copyOf(sample.bytes(), cut));
                assertUntouchedRecordsKept(sample, sink, i -> sample.ends().get(i) > at, "cut at " + cut);
                assertTrue(sink.errors.size() <= 3, () -> sample.name() + " cut at " + at + ": " + sink.errors);
                if (sample.name().contains("warc") || sample.name().contains("jsonl")) {
                    Map<String, String> texts = sample.textById();
                    for (RawArticle a : sink.articles) {
                        assertEquals(texts.get(a.id()), a.text(), () -> sample.name() + " cut at " + at + ": a damaged record was delivered");
                    }
                }
            }
        }
    }

    @Test
    void randomByteFlipsCostOnlyTheRecordsTheyHit() {
        Random random = new Random(SEED);
        for (Sample sample : samples()) {
            if (!sample.multiRecord() || sample.name().endsWith(".rss") || sample.name().endsWith(".atom")) continue;
            for (int round = 0; round < 150; round++) {
                byte[] bytes = sample.bytes().clone();
                int flips = 1 + random.nextInt(3);
                int[] at = new int[flips];
                for (int f = 0; f < flips; f++) {
                    at[f] = random.nextInt(bytes.length);
                    bytes[at[f]] = (byte) (bytes[at[f]] ^ (1 + random.nextInt(255)));
                }
                CollectingSink sink = read(sample.name(), bytes);
                assertUntouchedRecordsKept(sample, sink, i -> hits(at, start(sample, i) - 8, sample.ends().get(i)),
                        "flips at " + Arrays.toString(at));
            }
        }
    }

    @Test
    void feedsWithFlippedBytesNeverThrowAndKeepTheirItemsIds() {
        Random random = new Random(SEED + 1);
        for (Sample sample : List.of(rss(), atom())) {
            for (int round = 0; round < 150; round++) {
                byte[] bytes = sample.bytes().clone();
                int at = 60 + random.nextInt(bytes.length - 60);
                bytes[at] = (byte) (bytes[at] ^ (1 + random.nextInt(255)));
                CollectingSink sink = read(sample.name(), bytes);
                for (RawArticle a : sink.articles) assertFalse(a.text().isBlank());
            }
        }
    }

    @Test
    void randomBytesUnderEveryNameNeverThrow() {
        Random random = new Random(SEED + 2);
        String[] names = {"x.jsonl", "x.warc", "x.rss", "x.atom", "x.html", "x.txt", "x.gz", "x.warc.gz", "x.jsonl.gz", "-"};
        byte[][] starts = {utf8("WARC/1.1\r\n"), {(byte) 0x1f, (byte) 0x8b, 8, 0}, utf8("<?xml version=\"1.0\"?><rss><channel><item>"),
            utf8("<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry>"), utf8("{\"text\":\""), utf8("<html><body>"), new byte[0]};
        for (int round = 0; round < 400; round++) {
            byte[] tail = new byte[random.nextInt(2000)];
            random.nextBytes(tail);
            if (random.nextBoolean()) for (int i = 0; i < tail.length; i++) tail[i] = (byte) (32 + (tail[i] & 0x5f));
            byte[] bytes = concat(starts[random.nextInt(starts.length)], tail);
            read(names[random.nextInt(names.length)], bytes);
        }
    }

    @Test
    void mixedEncodingsAreDecodedOrFlaggedNeverThrown() {
        Charset cp1251 = Charset.forName("windows-1251");
        byte[] mixed = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                utf8("{\"id\":\"u\",\"text\":\"Київ і Одеса\"}\n"),
                "{\"id\":\"w\",\"text\":\"Київ і Одеса\"}\n".getBytes(cp1251),
                "{\"id\":\"l\",\"text\":\"Café crème\"}\n".getBytes(StandardCharsets.ISO_8859_1),
                utf8("{\"id\":\"e\",\"text\":\"Ça va 😀\"}\n"));
        CollectingSink lines = read("mixed.jsonl", mixed);
        assertEquals(List.of("u", "w", "l", "e"), lines.ids());
        assertEquals("Київ і Одеса", lines.articles.get(0).text());
        assertEquals(Issue.INVALID_UTF8, lines.articles.get(1).issues().get(0).code());
        assertEquals(Issue.INVALID_UTF8, lines.articles.get(2).issues().get(0).code());
        assertEquals("Ça va 😀", lines.articles.get(3).text());

        byte[] feed = ("<?xml version=\"1.0\" encoding=\"windows-1251\"?><rss version=\"2.0\"><channel><title>Вісті</title>"
                + "<item><guid>k1</guid><description>Київ & Одеса</description></item></channel></rss>").getBytes(cp1251);
        CollectingSink feedSink = read("cp1251.rss", feed);
        assertEquals("Київ & Одеса", feedSink.articles.get(0).text());

        byte[] page = ("<html><head><meta charset=\"windows-1251\"><title>Київ</title></head><body><p>Одеса і Київ.</p></body></html>")
                .getBytes(cp1251);
        assertEquals("Одеса і Київ.", read("cp1251.html", page).only().text());

        CollectingSink utf16 = read("utf16.txt", "Kyiv and Odesa".getBytes(StandardCharsets.UTF_16LE));
        assertEquals(List.of(), utf16.articles);
        assertEquals(1, utf16.errors.size());
    }

    private static int start(Sample s, int i) {
        return i == 0 ? 0 : s.ends().get(i - 1);
    }

    private static boolean hits(int[] positions, int from, int to) {
        for (int p : positions) if (p >= from && p < to) return true;
        return false;
    }
}
