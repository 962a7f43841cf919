package org.wirewatch.core.kb;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Assembles the built-in knowledge base: CLDR countries first, then the curated files, whose
 * names come before CLDR's (they were chosen for news text: "Turkey" before "Türkiye") and whose
 * blocks without a type add to an entity already defined.
 */
final class BuiltInData {
    /** The curated files, in load order; later files may refer to entities of earlier ones. */
    static final List<String> FILES = List.of("countries.kb", "country-coordinates.kb", "places.kb", "organisations.kb", "people.kb");

    private BuiltInData() {}

    static KbContent load() {
        List<KbFile.Block> blocks = new ArrayList<>();
        for (String file : FILES) blocks.addAll(KbFile.load(file));
        return assemble(CldrCountries.load(), blocks);
    }

    static KbContent assemble(List<KbEntity> base, List<KbFile.Block> blocks) {
        Map<String, KbEntity> entities = new LinkedHashMap<>();
        for (KbEntity e : base) entities.put(e.id(), e);
        Map<String, List<Role>> roles = new HashMap<>();
        List<Demonym> demonyms = new ArrayList<>();
        for (KbFile.Block b : blocks) {
            KbEntity existing = entities.get(b.id());
            if (b.type() != null && existing != null) {
                throw new IllegalStateException(b.where() + ": entity " + b.id() + " defined twice");
            }
            if (b.type() == null && existing == null) {
                throw new IllegalStateException(b.where() + ": block adds to unknown entity " + b.id());
            }
            entities.put(b.id(), existing == null ? fromBlock(b) : supplement(existing, b));
            if (!b.roles().isEmpty()) roles.computeIfAbsent(b.id(), k -> new ArrayList<>()).addAll(b.roles());
            b.demonyms().forEach((lang, forms) -> forms.forEach(f -> demonyms.add(new Demonym(b.id(), lang, f))));
        }
        checkReferences(entities, roles, blocks);
        return new KbContent(List.copyOf(entities.values()), roles, demonyms, Map.of(), entities.keySet());
    }

    private static KbEntity fromBlock(KbFile.Block b) {
        return new KbEntity(b.id(), b.type(), b.labels().get("en").get(0), b.labels(), b.classes(), b.attributes());
    }

    /** Curated names first, then the existing ones; curated attributes and classes added. */
    private static KbEntity supplement(KbEntity e, KbFile.Block b) {
        Map<String, List<String>> labels = mergeLabels(b.labels(), e.labels());
        Set<String> classes = new LinkedHashSet<>(e.instanceOf());
        classes.addAll(b.classes());
        Map<String, String> attributes = new LinkedHashMap<>(e.attributes());
        attributes.putAll(b.attributes());
        String name = labels.getOrDefault("en", List.of(e.name())).get(0);
        return new KbEntity(e.id(), e.type(), name, labels, List.copyOf(classes), attributes);
    }

    /** Union of two label maps, the first one's names first in each language, exact duplicates dropped. */
    static Map<String, List<String>> mergeLabels(Map<String, List<String>> first, Map<String, List<String>> second) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Map<String, List<String>> m : List.of(first, second)) {
            m.forEach((lang, names) -> {
                List<String> list = out.computeIfAbsent(lang, k -> new ArrayList<>());
                for (String n : names) {
                    if (list.stream().noneMatch(x -> x.equals(n))) list.add(n);
                }
            });
        }
        return out;
    }

    /** Coordinates come in pairs of numbers in range: a typo would put a place on the wrong continent or nowhere. */
    private static void checkCoordinates(KbFile.Block b) {
        String kind = b.attributes().get("kind");
        if (kind != null && !List.of(Place.COUNTRY, Place.REGION, Place.CITY).contains(kind)) {
            throw new IllegalStateException(b.where() + ": " + b.id() + " kind must be country, region or city: " + kind);
        }
        String lat = b.attributes().get("lat");
        String lon = b.attributes().get("lon");
        if (lat == null && lon == null) return;
        if (lat == null || lon == null) throw new IllegalStateException(b.where() + ": " + b.id() + " needs both lat= and lon=");
        try {
            double la = Double.parseDouble(lat);
            double lo = Double.parseDouble(lon);
            if (la < -90 || la > 90 || lo < -180 || lo > 180) {
                throw new IllegalStateException(b.where() + ": " + b.id() + " coordinates out of range: lat=" + lat + " lon=" + lon);
            }
        } catch (NumberFormatException e) {
            throw new IllegalStateException(b.where() + ": " + b.id() + " coordinates are not numbers: lat=" + lat + " lon=" + lon, e);
        }
    }

    /** A curated file that names an entity which does not exist is a bug in the file. */
    private static void checkReferences(Map<String, KbEntity> entities, Map<String, List<Role>> roles,
            List<KbFile.Block> blocks) {
        for (KbFile.Block b : blocks) {
            for (Map.Entry<String, String> a : b.attributes().entrySet()) {
                boolean isReference = a.getValue().startsWith("ww:") || a.getValue().startsWith("iso:");
                if (isReference && !entities.containsKey(a.getValue())) {
                    throw new IllegalStateException(b.where() + ": " + a.getKey() + "=" + a.getValue() + " names no entity");
                }
            }
            checkCoordinates(b);
            for (Role r : b.roles()) {
                if (r.orgId() != null && !entities.containsKey(r.orgId())) {
                    throw new IllegalStateException(b.where() + ": role " + r.title() + " names unknown organisation " + r.orgId());
                }
            }
        }
    }
}
