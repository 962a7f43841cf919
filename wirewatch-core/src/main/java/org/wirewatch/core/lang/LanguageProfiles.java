package org.wirewatch.core.lang;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/** The languages an identifier can be configured for: every pack with an alphabet that Lingua knows. Immutable. */
final class LanguageProfiles {
    private final Map<String, LanguageProfile> byCode;

    LanguageProfiles(LanguagePacks packs) {
        Map<String, LanguageProfile> map = new LinkedHashMap<>();
        for (LanguagePack pack : packs.all()) PackProfile.of(pack).ifPresent(p -> map.put(p.isoCode(), p));
        this.byCode = Map.copyOf(map);
    }

    /** Every known profile, configured or not. */
    Collection<LanguageProfile> all() {
        return byCode.values();
    }

    /** The profile for {@code isoCode} (case-insensitive); throws naming the code if there is none. */
    LanguageProfile forCode(String isoCode) {
        if (isoCode == null) throw new IllegalArgumentException("language code must not be null");
        LanguageProfile profile = byCode.get(isoCode.strip().toLowerCase(Locale.ROOT));
        if (profile == null) {
            throw new IllegalArgumentException("unknown or unsupported language code '" + isoCode
                    + "'; supported: " + String.join(", ", new TreeSet<>(byCode.keySet())));
        }
        return profile;
    }
}
