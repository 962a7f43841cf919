package org.wirewatch.lang.de;

import java.util.Optional;
import org.wirewatch.core.lang.Alphabet;
import org.wirewatch.core.lang.BundledLanguagePack;

/** German. Its files sit in {@code org/wirewatch/lang/de/}. */
public final class GermanPack extends BundledLanguagePack {
    public GermanPack() {
        super("de");
    }

    @Override
    public Optional<Alphabet> alphabet() {
        return Optional.of(new Alphabet(Character.UnicodeScript.LATIN, "abcdefghijklmnopqrstuvwxyzäöüß"));
    }
}
