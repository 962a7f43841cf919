package org.wirewatch.core.linguistics.morph;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.wirewatch.core.model.Check;
import org.wirewatch.core.model.Language;

/**
 * The morphologies of the configured languages, each built on its first lookup and then kept, once
 * per registry: a dictionary is read once however many stages use it. Built by
 * {@code LanguagePacks} from the language packs; a Russian morphology that checks names against the
 * Ukrainian dictionary gets the one of this registry, so no dictionary is ever read twice.
 *
 * <p>Thread-safe: build one, keep it, share it.
 *
 * <pre>{@code
 * Morphologies morphologies = LanguagePacks.discover().morphologies();
 * Morphology ru = morphologies.forLanguage("ru").orElseThrow();
 * ru.nameLemma("Блинкена", NameClass.SURNAME);   // "Блинкен"
 * }</pre>
 */
public final class Morphologies {
    private final Map<Language, Lazy> byLanguage = new LinkedHashMap<>();

    /** @param builders how to build each language's morphology (empty when the language has none) */
    public Morphologies(Map<Language, ? extends Supplier<Optional<Morphology>>> builders) {
        Check.notNullParam(builders, "builders");
        builders.forEach((language, builder) -> byLanguage.put(language, new Lazy(builder)));
    }

    public Optional<Morphology> forLanguage(Language language) {
        Lazy lazy = language == null ? null : byLanguage.get(language);
        return lazy == null ? Optional.empty() : lazy.get();
    }

    /** The morphology for an ISO 639-1 code; empty for null, invalid codes and languages without one. */
    public Optional<Morphology> forLanguage(String code) {
        return Language.parse(code).flatMap(this::forLanguage);
    }

    /**
     * One language's morphology, built once. A lock of its own per language, not one map-wide
     * computation, because building the Russian morphology asks for the Ukrainian one.
     */
    private static final class Lazy {
        private final Supplier<Optional<Morphology>> builder;
        private volatile Optional<Morphology> built;

        Lazy(Supplier<Optional<Morphology>> builder) {
            this.builder = builder;
        }

        Optional<Morphology> get() {
            Optional<Morphology> b = built;
            if (b != null) return b;
            synchronized (this) {
                if (built == null) built = Check.notNullParam(builder.get(), "morphology");
                return built;
            }
        }
    }
}
