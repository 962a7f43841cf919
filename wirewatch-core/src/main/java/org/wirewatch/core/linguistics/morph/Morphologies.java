package org.wirewatch.core.linguistics.morph;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.wirewatch.core.model.Check;

/**
 * The morphologies Wirewatch has: English, Russian and Ukrainian. Constructing the registry
 * reads nothing; each language's dictionary is read on its first lookup, once per registry
 * (English 1 MB, Russian 2.3 MB, Ukrainian 3.3 MB plus its semantic tags). The Russian
 * morphology checks names against this registry's Ukrainian one, so the Ukrainian dictionary is
 * never read twice.
 *
 * <p>Thread-safe: build one, keep it, share it.
 *
 * <pre>{@code
 * Morphologies morphologies = new Morphologies();
 * Morphology ru = morphologies.forLanguage("ru").orElseThrow();
 * ru.nameLemma("Блинкена", NameClass.SURNAME);   // "Блинкен"
 * }</pre>
 */
public final class Morphologies {
    private final Map<String, Morphology> byLanguage;

    public Morphologies() {
        UkrainianMorphology ukrainian = new UkrainianMorphology();
        this.byLanguage = Map.of(
                "en", new EnglishMorphology(),
                "ru", new RussianMorphology(ukrainian),
                "uk", ukrainian);
    }

    /** The morphology for an ISO 639-1 code (case-insensitive); empty for languages without one. */
    public Optional<Morphology> forLanguage(String isoCode) {
        Check.notNullParam(isoCode, "isoCode");
        return Optional.ofNullable(byLanguage.get(isoCode.strip().toLowerCase(Locale.ROOT)));
    }
}
