package org.wirewatch.lang.es;

import java.util.Optional;
import org.wirewatch.core.lang.Alphabet;
import org.wirewatch.core.lang.BundledLanguagePack;

/** Spanish. Its files sit in {@code org/wirewatch/lang/es/}. */
public final class SpanishPack extends BundledLanguagePack {
    public SpanishPack() {
        super("es");
    }

    @Override
    public Optional<Alphabet> alphabet() {
        return Optional.of(new Alphabet(Character.UnicodeScript.LATIN, "abcdefghijklmnopqrstuvwxyzáéíñóúü"));
    }
}
