package org.wirewatch.core.extract.dates;

import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/** The grammar for a language code; English when the language is unknown or has none. */
final class DateGrammars {
    private static final Map<String, Supplier<DateGrammar>> BY_LANGUAGE = Map.of(
            "en", EnglishDateGrammar::instance,
            "ru", RussianDateGrammar::instance,
            "uk", UkrainianDateGrammar::instance);

    private DateGrammars() {}

    static DateGrammar forLanguage(String lang) {
        String key = lang == null ? "en" : lang.toLowerCase(Locale.ROOT);
        return BY_LANGUAGE.getOrDefault(key, EnglishDateGrammar::instance).get();
    }
}
