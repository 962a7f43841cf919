package org.wirewatch.core.kb;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds lines in the shape of Wikidata's JSON dump, for tests. */
public final class DumpLines {
    private DumpLines() {}

    /**
     * One item line. {@code labels} maps a language to names: the first is the label, the rest
     * aliases. {@code p31} are the classes; {@code sitelinks} how many wiki pages link it.
     */
    public static String item(String id, Map<String, List<String>> labels, List<String> p31, int sitelinks) {
        StringBuilder s = new StringBuilder("{\"type\":\"item\",\"id\":\"").append(id).append("\",\"labels\":{");
        List<String> parts = new ArrayList<>();
        labels.forEach((lang, names) -> parts.add(q(lang) + ":{\"language\":" + q(lang) + ",\"value\":" + q(names.get(0)) + "}"));
        s.append(String.join(",", parts)).append("},\"descriptions\":{\"en\":{\"language\":\"en\",\"value\":\"a thing\"}},\"aliases\":{");
        parts.clear();
        labels.forEach((lang, names) -> {
            if (names.size() < 2) return;
            List<String> aliases = new ArrayList<>();
            for (String a : names.subList(1, names.size())) aliases.add("{\"language\":" + q(lang) + ",\"value\":" + q(a) + "}");
            parts.add(q(lang) + ":[" + String.join(",", aliases) + "]");
        });
        s.append(String.join(",", parts)).append("},\"claims\":{");
        s.append("\"P18\":[{\"mainsnak\":{\"snaktype\":\"value\",\"property\":\"P18\",\"datavalue\":{\"value\":\"x.jpg\",\"type\":\"string\"}},\"type\":\"statement\",\"rank\":\"normal\"}]");
        if (!p31.isEmpty()) {
            List<String> statements = new ArrayList<>();
            for (String c : p31) {
                statements.add("{\"mainsnak\":{\"snaktype\":\"value\",\"property\":\"P31\",\"datavalue\":{\"value\":"
                        + "{\"entity-type\":\"item\",\"numeric-id\":" + c.substring(1) + ",\"id\":" + q(c) + "},"
                        + "\"type\":\"wikibase-entityid\"},\"datatype\":\"wikibase-item\"},\"type\":\"statement\","
                        + "\"qualifiers\":{\"P580\":[{\"snaktype\":\"value\",\"property\":\"P580\",\"datavalue\":{\"value\":{\"id\":\"Q1\"}}}]},"
                        + "\"rank\":\"normal\",\"references\":[{\"hash\":\"abc\",\"snaks\":{}}]}");
            }
            s.append(",\"P31\":[").append(String.join(",", statements)).append("]");
        }
        s.append("},\"sitelinks\":{");
        parts.clear();
        for (int i = 0; i < sitelinks; i++) parts.add("\"w" + i + "wiki\":{\"site\":\"w" + i + "wiki\",\"title\":\"T\",\"badges\":[]}");
        s.append(String.join(",", parts)).append("},\"lastrevid\":1}");
        return s.toString();
    }

    /** A whole dump: "[", the lines each ending in ",", the last without, "]". */
    public static String dump(List<String> lines) {
        return "[\n" + String.join(",\n", lines) + "\n]\n";
    }

    private static String q(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
