package org.wirewatch.lang.pt;

import java.util.Optional;
import org.wirewatch.core.lang.Alphabet;
import org.wirewatch.core.lang.BundledLanguagePack;

/** Portuguese (European and Brazilian spelling). Its files sit in {@code org/wirewatch/lang/pt/}. */
public final class PortuguesePack extends BundledLanguagePack {
    public PortuguesePack() {
        super("pt");
    }

    @Override
    public Optional<Alphabet> alphabet() {
        return Optional.of(new Alphabet(Character.UnicodeScript.LATIN, "abcdefghijklmnopqrstuvwxyzàáâãçéêíóôõú"));
    }
}
