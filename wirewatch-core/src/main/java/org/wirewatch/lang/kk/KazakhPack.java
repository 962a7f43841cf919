package org.wirewatch.lang.kk;

import java.util.Optional;
import org.wirewatch.core.lang.Alphabet;
import org.wirewatch.core.lang.BundledLanguagePack;

/** Kazakh: ә, ғ, қ, ң, ө, ұ, ү and һ are its own; і it shares with Ukrainian. Its files sit in {@code org/wirewatch/lang/kk/}. */
public final class KazakhPack extends BundledLanguagePack {
    public KazakhPack() {
        super("kk");
    }

    @Override
    public Optional<Alphabet> alphabet() {
        return Optional.of(new Alphabet(Character.UnicodeScript.CYRILLIC, "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"));
    }
}
