package org.wirewatch.lang.be;

import java.util.Optional;
import org.wirewatch.core.lang.Alphabet;
import org.wirewatch.core.lang.BundledLanguagePack;

/** Belarusian: ў is its own; it has no и, щ or ъ. Its files sit in {@code org/wirewatch/lang/be/}. */
public final class BelarusianPack extends BundledLanguagePack {
    public BelarusianPack() {
        super("be");
    }

    @Override
    public Optional<Alphabet> alphabet() {
        return Optional.of(new Alphabet(Character.UnicodeScript.CYRILLIC, "абвгдеёжзійклмнопрстуўфхцчшыьэюя"));
    }
}
