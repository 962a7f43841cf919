package org.wirewatch.core.lang;

import com.github.pemistahl.lingua.api.Language;

/** Russian: next to Ukrainian its markers are ы, э, ъ and ё. */
final class RussianProfile implements LanguageProfile {
    @Override public String isoCode() { return "ru"; }
    @Override public Language lingua() { return Language.RUSSIAN; }
    @Override public Character.UnicodeScript script() { return Character.UnicodeScript.CYRILLIC; }
    @Override public String alphabet() { return "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"; }
}
