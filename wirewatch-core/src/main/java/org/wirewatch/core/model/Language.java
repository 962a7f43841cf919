package org.wirewatch.core.model;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A language, as its ISO 639-1 code in lower case ("uk"). Every language code that enters
 * Wirewatch — a JSON field, an HTML {@code lang} attribute, a feed's {@code <language>}, a
 * command-line option — passes through {@link #parse} once, so the rest of the code compares
 * validated values and never normalises strings again. Immutable.
 */
public record Language(String code) {
    /** Two-letter codes the JDK knows (ISO 639-1), and three-letter codes mapped to them. */
    private static final class Codes {
        static final Set<String> TWO = Set.of(Locale.getISOLanguages());
        static final Map<String, String> THREE_TO_TWO = threeToTwo();

        private static Map<String, String> threeToTwo() {
            Map<String, String> map = new HashMap<>();
            for (String two : TWO) {
                String three = Locale.forLanguageTag(two).getISO3Language();
                if (!three.isEmpty()) map.put(three, two);
            }
            // ISO 639-2/B bibliographic codes that differ from the terminology codes the JDK lists
            for (String[] b : new String[][] {{"ger", "de"}, {"fre", "fr"}, {"cze", "cs"}, {"dut", "nl"}, {"gre", "el"},
                    {"chi", "zh"}, {"per", "fa"}, {"rum", "ro"}, {"slo", "sk"}, {"arm", "hy"}, {"geo", "ka"}, {"alb", "sq"}}) {
                map.putIfAbsent(b[0], b[1]);
            }
            return Map.copyOf(map);
        }
    }

    public Language {
        Check.notNullParam(code, "code");
        Check.isTrue(Codes.TWO.contains(code), "not an ISO 639-1 language code: '%s'", code);
    }

    /** The language of a validated two-letter code; throws naming the value otherwise. */
    public static Language of(String code) {
        return parse(code).orElseThrow(() -> new IllegalArgumentException("not a language code: '" + code + "'"));
    }

    /**
     * The language a tag names, as pages and feeds write tags: "en-US", "uk_UA", "RU", "rus",
     * "ger", and "ua" (the country code Ukrainian sites put where the language belongs). Empty for
     * null, blank, and anything that names no language.
     */
    public static Optional<Language> parse(String tag) {
        if (tag == null || tag.isBlank()) return Optional.empty();
        String primary = primarySubtag(tag.strip()).toLowerCase(Locale.ROOT);
        if (primary.equals("ua")) primary = "uk";
        if (primary.length() == 3) primary = Codes.THREE_TO_TWO.getOrDefault(primary, primary);
        return Codes.TWO.contains(primary) ? Optional.of(new Language(primary)) : Optional.empty();
    }

    /** "en" of "en-US" and "uk_UA": a loop, not String.split with a pattern, since every stage parses codes of every article. */
    private static String primarySubtag(String tag) {
        for (int i = 0; i < tag.length(); i++) {
            char c = tag.charAt(i);
            if (c == '-' || c == '_') return tag.substring(0, i);
        }
        return tag;
    }

    /** The language's name in English ("Ukrainian"). */
    public String englishName() {
        return Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
    }

    @Override
    public String toString() {
        return code;
    }
}
