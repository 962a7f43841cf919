package org.wirewatch.bench.micro;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A Wikidata JSON dump of made-up people ("Person 17" in English, Russian and Ukrainian, an instance
 * of Q5 with a few site links), in the dump's real shape, so that the import can be timed at a
 * chosen size without a 100 GB download. The core module's tests build their dumps the same way.
 */
final class SyntheticDump {
    private SyntheticDump() {}

    /** Writes {@code items} people to {@code file}; returns its size in bytes. */
    static long write(Path file, int items) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("[\n");
            for (int i = 0; i < items; i++) {
                if (i > 0) out.write(",\n");
                out.write(person(1_000_000 + i, i, i % 50));
            }
            out.write("\n]\n");
        }
        return Files.size(file);
    }

    private static String person(int q, int n, int sitelinks) {
        StringBuilder s = new StringBuilder(600);
        s.append("{\"type\":\"item\",\"id\":\"Q").append(q).append("\",\"labels\":{")
                .append(label("en", "Person " + n)).append(',').append(label("ru", "Персона " + n)).append(',')
                .append(label("uk", "Персона " + n)).append("},\"descriptions\":{\"en\":{\"language\":\"en\",\"value\":\"a thing\"}},")
                .append("\"aliases\":{\"uk\":[{\"language\":\"uk\",\"value\":\"Особа ").append(n).append("\"}]},")
                .append("\"claims\":{\"P31\":[{\"mainsnak\":{\"snaktype\":\"value\",\"property\":\"P31\",\"datavalue\":{\"value\":")
                .append("{\"entity-type\":\"item\",\"numeric-id\":5,\"id\":\"Q5\"},\"type\":\"wikibase-entityid\"},")
                .append("\"datatype\":\"wikibase-item\"},\"type\":\"statement\",\"rank\":\"normal\"}]},\"sitelinks\":{");
        for (int i = 0; i < sitelinks; i++) {
            if (i > 0) s.append(',');
            s.append("\"w").append(i).append("wiki\":{\"site\":\"w").append(i).append("wiki\",\"title\":\"T\",\"badges\":[]}");
        }
        return s.append("},\"lastrevid\":1}").toString();
    }

    private static String label(String lang, String value) {
        return "\"" + lang + "\":{\"language\":\"" + lang + "\",\"value\":\"" + value + "\"}";
    }
}
