package org.wirewatch.bench.corpus;

import java.util.List;
import java.util.Map;

/** The language packs by ISO 639-1 code. */
final class Packs {
    private Packs() {}

    private static final Map<String, LanguagePack> BY_CODE = Map.of(
            "en", new EnglishPack(), "ru", new RussianPack(), "uk", new UkrainianPack());

    static LanguagePack of(String code) {
        LanguagePack pack = BY_CODE.get(code);
        if (pack == null) throw new IllegalArgumentException("no templates for language " + code);
        return pack;
    }

    static List<LanguagePack> all() {
        return List.of(of("en"), of("ru"), of("uk"));
    }
}
