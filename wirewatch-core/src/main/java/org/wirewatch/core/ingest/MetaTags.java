package org.wirewatch.core.ingest;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page's {@code <meta>} values keyed by their lower-cased {@code property}, {@code name},
 * {@code itemprop} or {@code http-equiv}, read in one pass; the first value for a key wins.
 */
final class MetaTags {
    private static final String[] KEY_ATTRIBUTES = {"property", "name", "itemprop", "http-equiv"};
    private final Map<String, String> values;

    private MetaTags(Map<String, String> values) {
        this.values = values;
    }

    static MetaTags of(Document doc) {
        Map<String, String> values = new HashMap<>();
        for (Element meta : doc.getElementsByTag("meta")) {
            String content = meta.attr("content").strip();
            if (content.isEmpty()) continue;
            for (String attribute : KEY_ATTRIBUTES) {
                String key = meta.attr(attribute).strip().toLowerCase(Locale.ROOT);
                if (!key.isEmpty()) values.putIfAbsent(key, content);
            }
        }
        return new MetaTags(Map.copyOf(values));
    }

    /** The value of the first key present, or null. */
    String first(String... keys) {
        for (String key : keys) {
            String v = values.get(key);
            if (v != null) return v;
        }
        return null;
    }
}
