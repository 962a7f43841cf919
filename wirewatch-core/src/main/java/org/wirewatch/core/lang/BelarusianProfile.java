package org.wirewatch.core.lang;

import com.github.pemistahl.lingua.api.Language;

/** Belarusian: ў is its own; it has no и, щ or ъ. */
final class BelarusianProfile implements LanguageProfile {
    @Override public String isoCode() { return "be"; }
    @Override public Language lingua() { return Language.BELARUSIAN; }
    @Override public Character.UnicodeScript script() { return Character.UnicodeScript.CYRILLIC; }
    @Override public String alphabet() { return "абвгдеёжзійклмнопрстуўфхцчшыьэюя"; }
}
