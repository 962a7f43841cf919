package org.wirewatch.core.kb;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Joins imported Wikidata items with the built-in entities. A built-in entity is merged into an
 * imported item, and from then on known by its Q-id, when
 * <ul>
 *   <li>its {@code wikidata} attribute names the item, or</li>
 *   <li>they have the same type and share a label in at least two languages (one shared name,
 *       "Washington", is not enough: Wikidata has hundreds of places called that).</li>
 * </ul>
 * Among several such items the one sharing most languages wins, then the most linked, then the
 * oldest (lowest Q-number). An item absorbs at most one built-in entity. The merged entity keeps
 * the item's id, type and name, its labels first and then the built-in ones, and both sets of
 * classes and attributes; the built-in id becomes a redirect.
 */
final class EntityMerger {
    private EntityMerger() {}

    static KbContent merge(KbContent builtIn, List<KbEntity> imported) {
        Map<String, KbEntity> importedById = new LinkedHashMap<>();
        for (KbEntity e : imported) importedById.putIfAbsent(e.id(), e);
        Map<String, List<KbEntity>> candidates = candidatesByKey(builtIn, importedById.values());

        Map<String, String> redirects = new HashMap<>(builtIn.redirects());
        Map<String, KbEntity> merged = new HashMap<>();
        Set<String> absorbed = new HashSet<>();
        List<KbEntity> kept = new ArrayList<>();
        for (KbEntity b : builtIn.entities()) {
            KbEntity target = match(b, importedById, candidates, absorbed);
            if (target == null) {
                kept.add(b);
                continue;
            }
            absorbed.add(target.id());
            merged.put(target.id(), combine(target, b));
            redirects.put(b.id(), target.id());
        }
        List<KbEntity> all = new ArrayList<>(kept.size() + importedById.size());
        all.addAll(kept);
        for (KbEntity e : importedById.values()) all.add(merged.getOrDefault(e.id(), e));

        Set<String> curated = new HashSet<>();
        for (String id : builtIn.curatedIds()) curated.add(redirects.getOrDefault(id, id));
        return new KbContent(all, builtIn.roles(), builtIn.demonyms(), redirects, curated);
    }

    /** Imported items under each name key that some built-in entity also has; other keys cannot match. */
    private static Map<String, List<KbEntity>> candidatesByKey(KbContent builtIn, Iterable<KbEntity> imported) {
        Set<String> wanted = new HashSet<>();
        for (KbEntity b : builtIn.entities()) b.labels().values().forEach(ns -> ns.forEach(n -> wanted.add(NameKey.of(n))));
        Map<String, List<KbEntity>> out = new HashMap<>();
        for (KbEntity e : imported) {
            Set<String> keys = new HashSet<>();
            e.labels().values().forEach(ns -> ns.forEach(n -> keys.add(NameKey.of(n))));
            for (String k : keys) if (wanted.contains(k)) out.computeIfAbsent(k, x -> new ArrayList<>()).add(e);
        }
        return out;
    }

    private static KbEntity match(KbEntity b, Map<String, KbEntity> byId, Map<String, List<KbEntity>> candidates,
            Set<String> absorbed) {
        String qid = b.attributes().get("wikidata");
        if (qid != null && byId.containsKey(qid) && !absorbed.contains(qid)) return byId.get(qid);
        Set<KbEntity> pool = new LinkedHashSet<>();
        b.labels().values().forEach(ns -> ns.forEach(n -> pool.addAll(candidates.getOrDefault(NameKey.of(n), List.of()))));
        KbEntity best = null;
        int bestLanguages = 1;   // must beat one shared language
        for (KbEntity c : pool) {
            if (c.type() != b.type() || absorbed.contains(c.id())) continue;
            int languages = sharedLanguages(b, c);
            if (languages > bestLanguages || (languages == bestLanguages && best != null && better(c, best))) {
                best = c;
                bestLanguages = languages;
            }
        }
        return best;
    }

    private static int sharedLanguages(KbEntity a, KbEntity b) {
        int n = 0;
        for (Map.Entry<String, List<String>> l : a.labels().entrySet()) {
            List<String> other = b.labels(l.getKey());
            if (other.isEmpty()) continue;
            Set<String> keys = new HashSet<>();
            for (String s : other) keys.add(NameKey.of(s));
            if (l.getValue().stream().anyMatch(s -> keys.contains(NameKey.of(s)))) n++;
        }
        return n;
    }

    private static boolean better(KbEntity c, KbEntity best) {
        int cs = sitelinks(c);
        int bs = sitelinks(best);
        if (cs != bs) return cs > bs;
        return qNumber(c.id()) < qNumber(best.id());
    }

    private static int sitelinks(KbEntity e) {
        try {
            return Integer.parseInt(e.attributes().getOrDefault("sitelinks", "0"));
        } catch (NumberFormatException x) {
            return 0;
        }
    }

    private static long qNumber(String id) {
        try {
            return Long.parseLong(id.substring(1));
        } catch (RuntimeException x) {
            return Long.MAX_VALUE;
        }
    }

    private static KbEntity combine(KbEntity item, KbEntity builtIn) {
        Map<String, List<String>> labels = BuiltInData.mergeLabels(item.labels(), builtIn.labels());
        Set<String> classes = new LinkedHashSet<>(item.instanceOf());
        classes.addAll(builtIn.instanceOf());
        Map<String, String> attributes = new LinkedHashMap<>(builtIn.attributes());
        attributes.putAll(item.attributes());
        String country = builtIn.attributes().get("country");
        // an unresolved P17 Q-id must not hide the curated ISO country
        if (country != null && !attributes.get("country").startsWith("iso:")) attributes.put("country", country);
        attributes.put("wikidata", item.id());
        return new KbEntity(item.id(), item.type(), item.name(), labels, List.copyOf(classes), attributes);
    }
}
