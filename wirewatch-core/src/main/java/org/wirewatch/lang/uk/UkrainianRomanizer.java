package org.wirewatch.lang.uk;
import org.wirewatch.core.linguistics.names.IcuTransform;
import org.wirewatch.core.linguistics.names.Romanizer;

/**
 * Ukrainian: ICU's {@code Ukrainian-Latin/BGN} (Київ → Kyyiv, Сибіга → Sybiha, Столтенберг →
 * Stoltenberh), then Russian BGN for the Russian letters a Ukrainian text may quote (э, ё, ы, ъ),
 * then {@code Any-Latin}.
 */
final class UkrainianRomanizer implements Romanizer {
    private final IcuTransform bgn = new IcuTransform("Ukrainian-Latin/BGN; Russian-Latin/BGN; Any-Latin");

    @Override
    public String language() {
        return "uk";
    }

    @Override
    public String latin(String name) {
        return bgn.apply(name);
    }
}
