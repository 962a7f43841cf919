package org.wirewatch.core.lang;

import com.github.pemistahl.lingua.api.Language;

/** Spanish. */
final class SpanishProfile implements LanguageProfile {
    @Override public String isoCode() { return "es"; }
    @Override public Language lingua() { return Language.SPANISH; }
    @Override public Character.UnicodeScript script() { return Character.UnicodeScript.LATIN; }
    @Override public String alphabet() { return "abcdefghijklmnopqrstuvwxyzáéíñóúü"; }
}
