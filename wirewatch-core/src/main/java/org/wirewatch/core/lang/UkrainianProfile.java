package org.wirewatch.core.lang;

import com.github.pemistahl.lingua.api.Language;

/** Ukrainian: next to Russian its markers are і, ї, є and ґ. */
final class UkrainianProfile implements LanguageProfile {
    @Override public String isoCode() { return "uk"; }
    @Override public Language lingua() { return Language.UKRAINIAN; }
    @Override public Character.UnicodeScript script() { return Character.UnicodeScript.CYRILLIC; }
    @Override public String alphabet() { return "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя"; }
}
