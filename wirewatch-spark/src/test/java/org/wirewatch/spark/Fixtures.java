package org.wirewatch.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Input files written for these tests: invented news in English, Russian and Ukrainian. */
final class Fixtures {
    static final String EN_ID = "en-harbour";
    static final String RU_ID = "ru-bridge";
    static final String UK_ID = "uk-school";
    static final String WARC_URL = "https://news.example/dam-repair";

    private static final List<String> JSONL = List.of(
            "{\"id\": \"" + EN_ID + "\", \"lang\": \"en\", \"published\": \"2024-11-13T09:00\", \"source\": \"harbour.example\","
                    + " \"title\": \"Drones hit Odesa port\", \"text\": \"Drones hit Odesa port\\n\\n"
                    + "Russia launched 40 drones at the port of Odesa overnight, the regional governor said on Wednesday. "
                    + "\\\"The grain terminal is damaged but working,\\\" Volodymyr Zelensky said in Kyiv. "
                    + "Three people were injured.\"}",
            "{\"id\": \"" + RU_ID + "\", \"lang\": \"ru\", \"published\": \"2024-11-13T11:30\", \"source\": \"most.example\","
                    + " \"title\": \"В Киеве открыли мост\", \"text\": \"В Киеве открыли мост\\n\\n"
                    + "В среду в Киеве открыли новый мост через Днепр, строительство обошлось в 300 миллионов гривен. "
                    + "«Мост выдержит любые нагрузки», — заявил Виталий Кличко.\"}",
            "{\"id\": \"" + UK_ID + "\", \"lang\": \"uk\", \"published\": \"2024-11-14\", \"source\": \"osvita.example\","
                    + " \"title\": \"У Львові відкрили школу\", \"text\": \"У Львові відкрили школу\\n\\n"
                    + "У четвер у Львові відкрили нову школу на 800 учнів. "
                    + "«Діти повернуться до класів уже в понеділок», — сказав Андрій Садовий.\"}",
            "{\"id\": \"broken\", \"text\": ");

    private static final String WARC_PAGE = "<html lang=\"en\"><head><title>Dam repair finished</title>"
            + "<meta property=\"article:published_time\" content=\"2024-11-14T08:00:00Z\"></head><body><article>"
            + "<p>Engineers finished repairing the river dam near Kherson on Thursday, two weeks ahead of plan.</p>"
            + "<p>The works cost about $12 million, the city council said.</p></article></body></html>";

    private Fixtures() {}

    /** A JSONL file (three articles and a broken last line) and a gzipped WARC with one page, in {@code dir}. */
    static void write(Path dir) {
        try {
            Files.write(dir.resolve("news.jsonl"), JSONL, StandardCharsets.UTF_8);
            Files.write(dir.resolve("crawl.warc.gz"), warc());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] warc() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (WarcWriter writer = new WarcWriter(Channels.newChannel(out), WarcCompression.GZIP)) {
            HttpResponse http = new HttpResponse.Builder(200, "OK")
                    .body(MediaType.HTML_UTF8, WARC_PAGE.getBytes(StandardCharsets.UTF_8)).build();
            writer.write(new WarcResponse.Builder(WARC_URL).date(Instant.parse("2024-11-14T10:00:00Z")).body(http).build());
        }
        return out.toByteArray();
    }
}
