package org.wirewatch.core.lang;

import com.github.pemistahl.lingua.api.Language;

/** English: the bare Latin alphabet; next to Azerbaijani its one marker is w. */
final class EnglishProfile implements LanguageProfile {
    @Override public String isoCode() { return "en"; }
    @Override public Language lingua() { return Language.ENGLISH; }
    @Override public Character.UnicodeScript script() { return Character.UnicodeScript.LATIN; }
    @Override public String alphabet() { return "abcdefghijklmnopqrstuvwxyz"; }
}
