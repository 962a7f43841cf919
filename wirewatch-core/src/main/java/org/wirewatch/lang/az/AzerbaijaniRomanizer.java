package org.wirewatch.lang.az;
import org.wirewatch.core.linguistics.morph.Cyrillic;
import org.wirewatch.core.linguistics.names.IcuTransform;
import org.wirewatch.core.linguistics.names.LatinScriptRomanizer;
import org.wirewatch.core.linguistics.names.Romanizer;

/**
 * Azerbaijani: written in Latin since 1991, which passes through unchanged; names in its older
 * Cyrillic orthography go through ICU's {@code Azerbaijani-Latin/BGN}.
 */
final class AzerbaijaniRomanizer implements Romanizer {
    private final IcuTransform bgn = new IcuTransform("Azerbaijani-Latin/BGN; Any-Latin");

    @Override
    public String language() {
        return "az";
    }

    @Override
    public String latin(String name) {
        return LatinScriptRomanizer.isLatin(name) ? name : bgn.apply(name);
    }
}
