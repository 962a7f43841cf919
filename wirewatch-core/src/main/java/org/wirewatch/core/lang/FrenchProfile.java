package org.wirewatch.core.lang;

import com.github.pemistahl.lingua.api.Language;

/** French. */
final class FrenchProfile implements LanguageProfile {
    @Override public String isoCode() { return "fr"; }
    @Override public Language lingua() { return Language.FRENCH; }
    @Override public Character.UnicodeScript script() { return Character.UnicodeScript.LATIN; }
    @Override public String alphabet() { return "abcdefghijklmnopqrstuvwxyzàâæçéèêëîïôœùûüÿ"; }
}
