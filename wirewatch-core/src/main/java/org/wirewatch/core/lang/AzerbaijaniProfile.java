package org.wirewatch.core.lang;

import com.github.pemistahl.lingua.api.Language;

/** Azerbaijani (Latin orthography of 1991): ə, ğ, ı, ş and friends; no w. */
final class AzerbaijaniProfile implements LanguageProfile {
    @Override public String isoCode() { return "az"; }
    @Override public Language lingua() { return Language.AZERBAIJANI; }
    @Override public Character.UnicodeScript script() { return Character.UnicodeScript.LATIN; }
    @Override public String alphabet() { return "abcçdeəfgğhxıijkqlmnoöprsştuüvyz"; }
}
