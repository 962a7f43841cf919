package org.wirewatch.core.lang;

import com.github.pemistahl.lingua.api.Language;

/** Kazakh: ә, ғ, қ, ң, ө, ұ, ү and һ are its own; і it shares with Ukrainian. */
final class KazakhProfile implements LanguageProfile {
    @Override public String isoCode() { return "kk"; }
    @Override public Language lingua() { return Language.KAZAKH; }
    @Override public Character.UnicodeScript script() { return Character.UnicodeScript.CYRILLIC; }
    @Override public String alphabet() { return "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"; }
}
