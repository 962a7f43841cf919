package org.wirewatch.lang.pl;

import java.util.Optional;
import org.wirewatch.core.lang.Alphabet;
import org.wirewatch.core.lang.BundledLanguagePack;

/** Polish; q, v and x are kept for loan words and names. Its files sit in {@code org/wirewatch/lang/pl/}. */
public final class PolishPack extends BundledLanguagePack {
    public PolishPack() {
        super("pl");
    }

    @Override
    public Optional<Alphabet> alphabet() {
        return Optional.of(new Alphabet(Character.UnicodeScript.LATIN, "aąbcćdeęfghijklłmnńoóprsśtuvwxyzźżq"));
    }
}
