package org.wirewatch.core.lang;

import com.github.pemistahl.lingua.api.Language;

/** German. */
final class GermanProfile implements LanguageProfile {
    @Override public String isoCode() { return "de"; }
    @Override public Language lingua() { return Language.GERMAN; }
    @Override public Character.UnicodeScript script() { return Character.UnicodeScript.LATIN; }
    @Override public String alphabet() { return "abcdefghijklmnopqrstuvwxyzäöüß"; }
}
