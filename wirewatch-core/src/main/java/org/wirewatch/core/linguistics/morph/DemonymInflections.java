package org.wirewatch.core.linguistics.morph;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.wirewatch.core.model.Check;

/**
 * The demonym inflections of the language packs, by ISO 639-1 code (built by {@code LanguagePacks}).
 * A language without one matches only the exact forms its data lists. Immutable.
 */
public final class DemonymInflections {
    /** No inflection for any language: exact forms only. */
    public static final DemonymInflections NONE = new DemonymInflections(List.of());

    private final Map<String, DemonymInflection> byLanguage;

    public DemonymInflections(Collection<? extends DemonymInflection> inflections) {
        Check.notNullParam(inflections, "inflections");
        this.byLanguage = inflections.stream().collect(Collectors.toUnmodifiableMap(DemonymInflection::language, Function.identity()));
    }

    /** The inflection of a language; for a language without one, only exact forms match. */
    public DemonymInflection of(String language) {
        DemonymInflection inflection = language == null ? null : byLanguage.get(language);
        return inflection != null ? inflection : new ExactOnly(language);
    }

    private record ExactOnly(String language) implements DemonymInflection {
        @Override
        public List<String> stems(String word) {
            return List.of();
        }
    }
}
