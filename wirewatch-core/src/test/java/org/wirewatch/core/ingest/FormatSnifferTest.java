package org.wirewatch.core.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatSnifferTest {
    private final FormatSniffer sniffer = new FormatSniffer();

    @ParameterizedTest(name = "{0} named {1} is {2}")
    @CsvSource(delimiter = '|', value = {
        "WARC/1.1\\r\\nWARC-Type: warcinfo                | x.txt      | WARC",
        "<?xml version='1.0'?><!-- c --><rss version='2.0'> | x.html     | FEED",
        "<?xml version='1.0'?>\\n<feed xmlns='a'>          | -          | FEED",
        "<!DOCTYPE html><html><body>hi                     | x.xml      | HTML",
        "  <html lang='en'>                                | data.jsonl | HTML",
        "{\"id\":\"1\",\"text\":\"t\"}                     | -          | JSONL",
        "not json at all                                   | a.jsonl    | JSONL",
        "{curly start of a story}                          | story.txt  | TEXT",
        "<p>fragment of markup</p>                         | -          | HTML",
        "<b>bold</b> in a text file                        | note.txt   | TEXT",
        "Plain words on a page                             | -          | TEXT",
        "anything                                          | x.WARC     | WARC",
    })
    void contentFirstThenExtension(String head, String name, Format expected) {
        byte[] bytes = head.strip().replace("\\r", "\r").replace("\\n", "\n").getBytes(StandardCharsets.UTF_8);
        assertEquals(expected, sniffer.sniff(bytes, name));
    }
}
