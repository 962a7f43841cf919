package org.wirewatch.core.ingest;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Turns language tags as pages write them ("en-US", "uk_UA", "rus", "UA") into ISO 639-1 codes. */
final class LanguageCodes {
    private static final Pattern TWO_LETTERS = Pattern.compile("[a-z]{2}");
    /** ISO 639-2 code to ISO 639-1 code, built once from the JDK's own table. */
    private static final Map<String, String> THREE_TO_TWO = threeToTwo();

    private LanguageCodes() {}

    /** The two-letter code, or null when the tag names no language we can map. */
    static String normalise(String tag) {
        if (tag == null) return null;
        String primary = tag.strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        // Ukrainian sites often write the country code "ua" where the language code "uk" belongs.
        if (primary.equals("ua")) return "uk";
        if (TWO_LETTERS.matcher(primary).matches()) return primary;
        return THREE_TO_TWO.get(primary);
    }

    private static Map<String, String> threeToTwo() {
        Map<String, String> map = new HashMap<>();
        for (String two : Locale.getISOLanguages()) {
            String three = Locale.forLanguageTag(two).getISO3Language();
            if (!three.isEmpty()) map.put(three, two);
        }
        return Map.copyOf(map);
    }
}
