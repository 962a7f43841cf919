package org.wirewatch.core.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.wirewatch.core.kb.KbEntity;
import org.wirewatch.core.kb.KnowledgeBase;
import org.wirewatch.core.kb.Role;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.Mention;
import org.wirewatch.core.model.RoleMention;
import org.wirewatch.core.linguistics.names.NameKeys;

/**
 * Gathers the profile of the entity a user names ("Blinken", "Блинкен", "ww:blinken") over the
 * articles it is shown. The name is resolved against the knowledge base first, then against the
 * names articles gave their entities, so unknown people can be looked up too. Feed it articles
 * with {@link #add}; not thread-safe.
 */
public final class EntityProfiles {
    private final KnowledgeBase kb;
    private final EntityQuery query;
    private final Optional<KbEntity> known;
    private final Map<String, Map<String, Integer>> formsById = new HashMap<>();
    private final Map<String, Integer> mentionsById = new HashMap<>();
    private final Map<String, Integer> articlesById = new HashMap<>();
    private final Map<String, List<EntityProfile.Office>> officesById = new HashMap<>();
    private final Map<String, Mention> exampleById = new HashMap<>();

    public EntityProfiles(KnowledgeBase kb, NameKeys keys, String query) {
        this.kb = kb;
        this.query = new EntityQuery(kb, keys, query);
        this.known = this.query.known();
    }

    public void add(Article article) {
        Map<String, Boolean> seenHere = new HashMap<>();
        for (Mention m : article.entities()) {
            if (!query.matches(m.id(), m.name(), m.text())) continue;
            formsById.computeIfAbsent(m.id(), k -> new HashMap<>())
                    .merge(article.lang() + "\t" + m.text(), 1, Integer::sum);
            mentionsById.merge(m.id(), 1, Integer::sum);
            exampleById.putIfAbsent(m.id(), m);
            if (seenHere.put(m.id(), true) == null) articlesById.merge(m.id(), 1, Integer::sum);
        }
        for (RoleMention r : article.roles()) {
            var office = new EntityProfile.Office(r.person(), r.role(), r.org(), r.date(), null, article.id());
            if (isWanted(r.personId())) officesById.computeIfAbsent(r.personId(), k -> new ArrayList<>()).add(office);
            if (r.orgId() != null && isWanted(r.orgId())) officesById.computeIfAbsent(r.orgId(), k -> new ArrayList<>()).add(office);
        }
    }

    /** The profile, or empty when neither the knowledge base nor any article knows the name. */
    public Optional<EntityProfile> profile() {
        String id = known.map(KbEntity::id).orElseGet(this::mostMentioned);
        if (id == null) return Optional.empty();
        Map<String, List<String>> names = namesByLanguage(id);
        List<EntityProfile.Office> offices = offices(id);
        String type = known.map(e -> e.type().name()).orElseGet(() -> exampleById.get(id).type());
        String name = known.map(KbEntity::name).orElseGet(() -> exampleById.get(id).name());
        return Optional.of(new EntityProfile(id, type, name, names, offices,
                mentionsById.getOrDefault(id, 0), articlesById.getOrDefault(id, 0)));
    }

    private boolean isWanted(String id) {
        return known.map(e -> e.id().equals(id)).orElse(false) || mentionsById.containsKey(id);
    }

    private String mostMentioned() {
        return mentionsById.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private Map<String, List<String>> namesByLanguage(String id) {
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        formsById.getOrDefault(id, Map.of()).forEach((langAndForm, n) -> {
            String[] parts = langAndForm.split("\t", 2);
            counts.computeIfAbsent(parts[0], k -> new HashMap<>()).merge(parts[1], n, Integer::sum);
        });
        known.ifPresent(e -> e.labels().forEach((lang, labels) -> {
            for (String label : labels) counts.computeIfAbsent(lang, k -> new HashMap<>()).merge(label, 0, Integer::sum);
        }));
        Map<String, List<String>> names = new LinkedHashMap<>();
        counts.forEach((lang, forms) -> names.put(lang, forms.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList()));
        return names;
    }

    private List<EntityProfile.Office> offices(String id) {
        List<EntityProfile.Office> all = new ArrayList<>();
        String holder = known.map(KbEntity::name).orElse(null);
        for (Role r : kb.roles(id)) all.add(kbOffice(holder, r));
        // For a body or a country: who held offices in it, as far as the knowledge base knows.
        kb.entities().filter(p -> !p.id().equals(id)).forEach(person -> {
            for (Role r : kb.roles(person.id())) if (id.equals(r.orgId())) all.add(kbOffice(person.name(), r));
        });
        all.addAll(officesById.getOrDefault(id, List.of()));
        all.sort(Comparator.comparing(EntityProfile.Office::from, Comparator.nullsLast(Comparator.naturalOrder())));
        return all;
    }

    private EntityProfile.Office kbOffice(String holder, Role r) {
        String org = r.orgId() == null ? null : kb.byId(r.orgId()).map(KbEntity::name).orElse(r.orgId());
        return new EntityProfile.Office(holder, r.title(), org, text(r.from()), text(r.to()), "kb");
    }

    private static String text(Object date) {
        return date == null ? null : date.toString();
    }
}
