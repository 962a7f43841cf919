package org.wirewatch.core.extract.ner;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the article's metadata already says about names in its text: its source is an
 * organisation ("KYIV, March 3 (Northbridge Wire) - …") and its authors are people. Immutable.
 */
public record ArticleHints(Set<String> organisations, Set<String> people) {
    public static final ArticleHints NONE = new ArticleHints(Set.of(), Set.of());

    public ArticleHints {
        organisations = folded(organisations);
        people = folded(people);
    }

    boolean isOrganisation(String surface) {
        return organisations.contains(surface.strip().toLowerCase(Locale.ROOT));
    }

    boolean isPerson(String surface) {
        return people.contains(surface.strip().toLowerCase(Locale.ROOT));
    }

    private static Set<String> folded(Set<String> names) {
        return names.stream().filter(n -> n != null && !n.isBlank())
                .map(n -> n.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }
}
