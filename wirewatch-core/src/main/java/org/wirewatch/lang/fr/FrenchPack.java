package org.wirewatch.lang.fr;

import java.util.Optional;
import org.wirewatch.core.lang.Alphabet;
import org.wirewatch.core.lang.BundledLanguagePack;

/** French. Its files sit in {@code org/wirewatch/lang/fr/}. */
public final class FrenchPack extends BundledLanguagePack {
    public FrenchPack() {
        super("fr");
    }

    @Override
    public Optional<Alphabet> alphabet() {
        return Optional.of(new Alphabet(Character.UnicodeScript.LATIN, "abcdefghijklmnopqrstuvwxyzàâæçéèêëîïôœùûüÿ"));
    }
}
