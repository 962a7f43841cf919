package org.wirewatch.core.kb;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything a knowledge base is built from, before indexing.
 *
 * @param redirects old id → id it was merged into (a curated entity now known by its Q-id)
 * @param curatedIds ids of entities that came from the shipped data; they rank first in lookups
 *     because they were chosen for this news domain
 */
record KbContent(List<KbEntity> entities, Map<String, List<Role>> roles, List<Demonym> demonyms,
        Map<String, String> redirects, Set<String> curatedIds) {
    KbContent {
        entities = List.copyOf(entities);
        roles = Map.copyOf(roles);
        demonyms = List.copyOf(demonyms);
        redirects = Map.copyOf(redirects);
        curatedIds = Set.copyOf(curatedIds);
    }
}
