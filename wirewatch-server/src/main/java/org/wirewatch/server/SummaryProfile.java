package org.wirewatch.server;

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
import org.wirewatch.core.query.EntityProfile;
import org.wirewatch.index.EntitySummary;

/**
 * An entity's profile from its {@link EntitySummary} and the knowledge base, as
 * {@code EntityProfiles} would gather it over every stored article mentioning it: names by language
 * (most used first, the base's labels after), the base's offices and those the articles give, and
 * its counts.
 */
final class SummaryProfile {
    private SummaryProfile() {}

    /**
     * @param kbOnly the profile the knowledge base alone gives (its names and offices); empty for an entity it does not know
     * @param summary null when no stored article mentions the entity
     */
    static Optional<EntityProfile> of(String id, Optional<EntityProfile> kbOnly, EntitySummary summary, KnowledgeBase kb) {
        if (kbOnly.isEmpty() && summary == null) return Optional.empty();
        String[] label = summary == null ? new String[2] : summary.label();
        String type = kbOnly.map(EntityProfile::type).orElse(label[0]);
        String name = kbOnly.map(EntityProfile::name).orElse(label[1]);
        List<EntityProfile.Office> offices = new ArrayList<>(kbOnly.map(EntityProfile::offices).orElse(List.of()));
        if (summary != null) offices.addAll(articleOffices(summary));
        offices.sort(Comparator.comparing(EntityProfile.Office::from, Comparator.nullsLast(Comparator.naturalOrder())));
        return Optional.of(new EntityProfile(id, type, name, names(id, summary, kb), offices,
                summary == null ? 0 : (int) summary.mentions(), summary == null ? 0 : (int) summary.articles()));
    }

    /**
     * The offices the articles give, one per day each is given on (twice for a day two or more
     * articles give it): what {@code EntityPages.condensed} needs to find the first and last day.
     */
    private static List<EntityProfile.Office> articleOffices(EntitySummary s) {
        List<EntityProfile.Office> out = new ArrayList<>();
        s.offices().forEach((key, byDay) -> {
            String[] p = EntitySummary.officeParts(key);
            byDay.forEach((day, given) -> {
                for (long i = 0; i < Math.min(2, given.articles()); i++) {
                    out.add(new EntityProfile.Office(p[0], p[1], p[2], day.isEmpty() ? null : day, null, given.article()));
                }
            });
        });
        return out;
    }

    private static Map<String, List<String>> names(String id, EntitySummary s, KnowledgeBase kb) {
        Map<String, Map<String, Long>> counts = new TreeMap<>();
        if (s != null) s.forms().forEach((lang, forms) -> counts.computeIfAbsent(lang, k -> new HashMap<>()).putAll(forms));
        kb.byId(id).map(KbEntity::labels).ifPresent(labels -> labels.forEach((lang, ls) -> {
            for (String l : ls) counts.computeIfAbsent(lang, k -> new HashMap<>()).merge(l, 0L, Long::sum);
        }));
        Map<String, List<String>> names = new LinkedHashMap<>();
        counts.forEach((lang, forms) -> names.put(lang, forms.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList()));
        return names;
    }
}
