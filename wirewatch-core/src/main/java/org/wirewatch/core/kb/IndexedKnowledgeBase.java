package org.wirewatch.core.kb;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.wirewatch.core.model.BoundedMemo;
import org.wirewatch.core.linguistics.morph.DemonymInflections;

/**
 * A {@link KnowledgeBase} held in memory: hash maps from {@link NameKey}s and demonym forms to
 * entities, built once in the constructor and only read afterwards (answers are remembered in bounded
 * concurrent maps). Immutable and thread-safe.
 */
final class IndexedKnowledgeBase implements KnowledgeBase {
    /** Prominence of curated entities: above any imported item however many sitelinks it has. */
    private static final int CURATED = Integer.MAX_VALUE;

    /** One label of one entity under one key. */
    private record Hit(KbEntity entity, String lang, int labelRank, int prominence) {}

    private static final Comparator<Hit> BEST_FIRST = Comparator.comparingInt((Hit h) -> -h.prominence)
            .thenComparingInt(Hit::labelRank);

    private final Map<String, KbEntity> byId;
    private final Map<String, String> redirects;
    private final Map<String, List<Hit>> byName;
    private final Map<String, Map<String, String>> demonymForms;
    private final Map<String, Map<String, String>> demonymStems;
    private final Map<String, List<Role>> roles;
    /** The languages with demonyms, forms' first, in the order {@link #countryOfDemonym} tries them after the text's own. */
    private final List<String> demonymLanguages;
    /**
     * Answers given so far, per language and name: the recogniser asks about every capitalised word
     * of every article (the same names again and again), and a name's key folds and normalises it.
     * Bounded, since news brings new names every day; the base itself is immutable.
     */
    private final Map<String, BoundedMemo<String, List<KbEntity>>> found = new ConcurrentHashMap<>();
    private final BoundedMemo<DemonymQuery, Optional<KbEntity>> demonymAnswers = new BoundedMemo<>(MAX_REMEMBERED);
    private static final int MAX_REMEMBERED = 100_000;

    /** One {@link #countryOfDemonym} question. */
    private record DemonymQuery(String word, String lang, DemonymInflections inflections) {}

    IndexedKnowledgeBase(KbContent content) {
        Map<String, KbEntity> ids = new HashMap<>(content.entities().size() * 2);
        for (KbEntity e : content.entities()) {
            if (ids.putIfAbsent(e.id(), e) != null) throw new IllegalArgumentException("duplicate entity id " + e.id());
        }
        this.byId = ids;
        this.redirects = content.redirects();
        this.byName = indexNames(content);
        this.demonymForms = new HashMap<>();
        this.demonymStems = new HashMap<>();
        for (Demonym d : content.demonyms()) {
            String id = resolve(d.countryId());
            if (!ids.containsKey(id)) throw new IllegalArgumentException("demonym " + d.form() + " names unknown entity " + d.countryId());
            Map<String, Map<String, String>> table = d.isStem() ? demonymStems : demonymForms;
            table.computeIfAbsent(d.lang(), k -> new HashMap<>()).putIfAbsent(fold(d.isStem() ? d.stem() : d.form()), id);
        }
        Set<String> languages = new LinkedHashSet<>(demonymForms.keySet());
        languages.addAll(demonymStems.keySet());
        this.demonymLanguages = List.copyOf(languages);
        Map<String, List<Role>> r = new HashMap<>();
        content.roles().forEach((id, list) -> r.merge(resolve(id), List.copyOf(list), IndexedKnowledgeBase::concat));
        this.roles = r;
    }

    private static Map<String, List<Hit>> indexNames(KbContent content) {
        Map<String, List<Hit>> index = new HashMap<>(content.entities().size() * 4);
        for (KbEntity e : content.entities()) {
            int prominence = content.curatedIds().contains(e.id()) ? CURATED : sitelinks(e);
            e.labels().forEach((lang, names) -> {
                Set<String> seen = new HashSet<>();
                for (int rank = 0; rank < names.size(); rank++) {
                    String key = NameKey.of(names.get(rank));
                    if (!key.isEmpty() && seen.add(key)) {
                        index.computeIfAbsent(key, k -> new ArrayList<>(1)).add(new Hit(e, lang, rank, prominence));
                    }
                }
            });
        }
        index.replaceAll((k, hits) -> {
            hits.sort(BEST_FIRST);
            return List.copyOf(hits);
        });
        return index;
    }

    private static int sitelinks(KbEntity e) {
        String s = e.attributes().get("sitelinks");
        if (s == null) return 0;
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException ignored) {
            return 0;
        }
    }

    private static List<Role> concat(List<Role> a, List<Role> b) {
        List<Role> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    private String resolve(String id) {
        return redirects.getOrDefault(id, id);
    }

    @Override
    public Optional<KbEntity> byId(String id) {
        if (id == null) return Optional.empty();
        return Optional.ofNullable(byId.get(resolve(id)));
    }

    @Override
    public List<KbEntity> find(String name, String lang) {
        return found.computeIfAbsent(lang == null ? "" : lang, k -> new BoundedMemo<>(MAX_REMEMBERED))
                .get(name, n -> lookUp(n, lang));
    }

    private List<KbEntity> lookUp(String name, String lang) {
        List<Hit> hits = byName.get(NameKey.of(name));
        if (hits == null) return List.of();
        Set<String> ids = new HashSet<>();
        List<KbEntity> out = new ArrayList<>(Math.min(hits.size(), 8));
        if (lang != null) {
            for (Hit h : hits) if (h.lang.equals(lang) && ids.add(h.entity.id())) out.add(h.entity);
        }
        for (Hit h : hits) if (ids.add(h.entity.id())) out.add(h.entity);
        return List.copyOf(out);
    }

    @Override
    public Optional<KbEntity> countryOfDemonym(String word, String lang, DemonymInflections inflections) {
        if (word == null || word.isBlank()) return Optional.empty();
        return demonymAnswers.get(new DemonymQuery(word, lang, inflections),
                q -> demonymCountry(fold(q.word()), q.lang(), q.inflections()));
    }

    /** The text's own language first, then every other language with demonyms. */
    private Optional<KbEntity> demonymCountry(String form, String lang, DemonymInflections inflections) {
        if (lang != null) {
            Optional<KbEntity> own = demonymCountryIn(form, lang, inflections);
            if (own.isPresent()) return own;
        }
        for (String l : demonymLanguages) {
            if (l.equals(lang)) continue;
            Optional<KbEntity> other = demonymCountryIn(form, l, inflections);
            if (other.isPresent()) return other;
        }
        return Optional.empty();
    }

    private Optional<KbEntity> demonymCountryIn(String form, String lang, DemonymInflections inflections) {
        String id = demonymForms.getOrDefault(lang, Map.of()).get(form);
        if (id == null) id = byStem(form, lang, inflections);
        return id == null ? Optional.empty() : byId(id);
    }

    private String byStem(String form, String lang, DemonymInflections inflections) {
        Map<String, String> stems = demonymStems.get(lang);
        if (stems == null) return null;
        for (String stem : inflections.of(lang).stems(form)) {
            String id = stems.get(stem);
            if (id != null) return id;
        }
        return null;
    }

    /** Lower case; typographic apostrophes as ASCII; ё as е. */
    static String fold(String word) {
        return word.strip().toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'').replace('\u02BC', '\'').replace('ё', 'е');
    }

    @Override
    public Stream<KbEntity> entities() {
        return byId.values().stream();
    }

    @Override
    public int size() {
        return byId.size();
    }

    @Override
    public List<Role> roles(String entityId) {
        if (entityId == null) return List.of();
        return roles.getOrDefault(resolve(entityId), List.of());
    }

    @Override
    public List<KbEntity> holders(String title, String orgId, LocalDate day) {
        String titleKey = NameKey.of(title);
        String org = orgId == null ? null : resolve(orgId);
        List<KbEntity> out = new ArrayList<>();
        roles.forEach((personId, list) -> {
            for (Role r : list) {
                boolean sameOrg = org == null || (r.orgId() != null && resolve(r.orgId()).equals(org));
                if (sameOrg && NameKey.of(r.title()).equals(titleKey) && r.heldOn(day)) {
                    byId(personId).ifPresent(out::add);
                    break;
                }
            }
        });
        out.sort(Comparator.comparing(KbEntity::id));
        return out;
    }
}
