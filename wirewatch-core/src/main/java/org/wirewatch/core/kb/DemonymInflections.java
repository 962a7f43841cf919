package org.wirewatch.core.kb;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The demonym inflections the knowledge base knows, by language. Immutable. */
final class DemonymInflections {
    private static final Map<String, DemonymInflection> BY_LANGUAGE =
            List.of(new EnglishDemonymInflection(), new RussianDemonymInflection(), new UkrainianDemonymInflection())
                    .stream().collect(Collectors.toUnmodifiableMap(DemonymInflection::language, Function.identity()));

    private DemonymInflections() {}

    /** The inflection of a language; for a language without one, only exact forms match. */
    static DemonymInflection of(String language) {
        DemonymInflection inflection = BY_LANGUAGE.get(language);
        return inflection != null ? inflection : new ExactOnly(language);
    }

    private record ExactOnly(String language) implements DemonymInflection {
        @Override
        public List<String> stems(String word) {
            return List.of();
        }
    }
}
