package org.wirewatch.core.lang;

import com.github.pemistahl.lingua.api.Language;

/** Polish; q, v and x are kept for loan words and names. */
final class PolishProfile implements LanguageProfile {
    @Override public String isoCode() { return "pl"; }
    @Override public Language lingua() { return Language.POLISH; }
    @Override public Character.UnicodeScript script() { return Character.UnicodeScript.LATIN; }
    @Override public String alphabet() { return "aąbcćdeęfghijklłmnńoóprsśtuvwxyzźżq"; }
}
