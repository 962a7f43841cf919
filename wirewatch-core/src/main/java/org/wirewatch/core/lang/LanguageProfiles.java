package org.wirewatch.core.lang;

import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The languages Wirewatch can be configured to identify, by ISO 639-1 code. */
final class LanguageProfiles {
    private LanguageProfiles() {}

    private static final Map<String, LanguageProfile> BY_CODE = Stream.of(
                    new EnglishProfile(), new RussianProfile(), new UkrainianProfile(), new AzerbaijaniProfile(),
                    new BelarusianProfile(), new KazakhProfile(),
                    new GermanProfile(), new FrenchProfile(), new SpanishProfile(), new PolishProfile())
            .collect(Collectors.toUnmodifiableMap(LanguageProfile::isoCode, Function.identity()));

    /** The profile for {@code isoCode} (case-insensitive); throws naming the code if there is none. */
    static LanguageProfile forCode(String isoCode) {
        if (isoCode == null) throw new IllegalArgumentException("language code must not be null");
        LanguageProfile profile = BY_CODE.get(isoCode.strip().toLowerCase(Locale.ROOT));
        if (profile == null) {
            throw new IllegalArgumentException("unknown or unsupported language code '" + isoCode
                    + "'; supported: " + String.join(", ", new TreeSet<>(BY_CODE.keySet())));
        }
        return profile;
    }
}
