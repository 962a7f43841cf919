package org.wirewatch.lang.tr;

import java.util.Optional;
import org.wirewatch.core.lang.Alphabet;
import org.wirewatch.core.lang.BundledLanguagePack;

/**
 * Turkish: the 29 letters of its alphabet, all of which Azerbaijani writes too (Azerbaijani adds
 * ə, x and q), so its letters alone can never tell Turkish text from Azerbaijani; the absence of
 * ə, x and q can. Its files sit in {@code org/wirewatch/lang/tr/}.
 */
public final class TurkishPack extends BundledLanguagePack {
    public TurkishPack() {
        super("tr");
    }

    @Override
    public Optional<Alphabet> alphabet() {
        // â, î, û are accents on a, i, u in a few loan words, not letters of the alphabet.
        return Optional.of(new Alphabet(Character.UnicodeScript.LATIN, "abcçdefgğhıijklmnoöprsştuüvyz"));
    }
}
