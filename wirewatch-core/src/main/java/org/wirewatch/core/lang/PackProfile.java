package org.wirewatch.core.lang;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import java.util.Locale;
import java.util.Optional;

/** The identification profile of a language pack that says its alphabet and that Lingua knows. */
record PackProfile(String isoCode, Language lingua, Character.UnicodeScript script, String alphabet) implements LanguageProfile {

    /** The pack's profile; empty when it gives no alphabet or Lingua has no model of its language. */
    static Optional<LanguageProfile> of(LanguagePack pack) {
        Optional<Alphabet> alphabet = pack.alphabet();
        Optional<Language> lingua = lingua(pack.language().code());
        if (alphabet.isEmpty() || lingua.isEmpty()) return Optional.empty();
        return Optional.of(new PackProfile(pack.language().code(), lingua.get(), alphabet.get().script(), alphabet.get().letters()));
    }

    private static Optional<Language> lingua(String code) {
        try {
            Language language = Language.getByIsoCode639_1(IsoCode639_1.valueOf(code.toUpperCase(Locale.ROOT)));
            return language == Language.UNKNOWN ? Optional.empty() : Optional.of(language);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
