package org.wirewatch.lang.az;

import java.util.Optional;
import org.wirewatch.core.lang.Alphabet;
import org.wirewatch.core.lang.BundledLanguagePack;
import org.wirewatch.core.linguistics.names.Romanizer;

/** Azerbaijani (Latin orthography of 1991): ə, ğ, ı, ş and friends; no w. Its files sit in {@code org/wirewatch/lang/az/}. */
public final class AzerbaijaniPack extends BundledLanguagePack {
    public AzerbaijaniPack() {
        super("az");
    }

    @Override
    public Optional<Alphabet> alphabet() {
        return Optional.of(new Alphabet(Character.UnicodeScript.LATIN, "abcçdeəfgğhxıijkqlmnoöprsştuüvyz"));
    }

    @Override
    public Optional<Romanizer> romanizer() {
        return Optional.of(new AzerbaijaniRomanizer());
    }
}
