package org.wirewatch.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.wirewatch.core.kb.KnowledgeBase;
import org.wirewatch.core.kb.Role;
import org.wirewatch.core.model.RoleMention;
import org.wirewatch.index.ArticleDigest;

/**
 * The offices an entity held (or, for a body or country, that were held in it) as periods: one row
 * per holder, office and body, with the first and the last day an article gave it, how many
 * articles and outlets gave it, and the dates the knowledge base records for it. An office an
 * article gives without its body ("the foreign minister") joins the row of the same holder and
 * office with a body when there is exactly one such row. Names are in the reader's language: the
 * office from the language packs' labels ({@link RoleLabels}), the holder and the body from the
 * knowledge base's labels in that language (else its display name, else the text's words).
 * Fed one digest at a time; not thread-safe: one per request.
 */
final class RolePeriods {
    /**
     * @param from     first day an article gave it (ISO date), or null
     * @param to       last day an article gave it, or null
     * @param articles articles that gave it; 0 when only the knowledge base knows it
     * @param sources  distinct outlets of those articles
     * @param heldFrom the start the knowledge base records, or null
     * @param heldTo   the end the knowledge base records, or null
     * @param inKb     whether the knowledge base records this office
     */
    record Period(String holderId, String holder, String role, String label, String orgId, String org, String from, String to,
                  int articles, int sources, String heldFrom, String heldTo, boolean inKb) {}

    private static final class Seen {
        final String holderId;
        final String holder;
        final String role;
        final String orgId;
        String org;
        String from;
        String to;
        String heldFrom;
        String heldTo;
        boolean inKb;
        String kbTitle;
        final Set<String> articles = new HashSet<>();
        final Set<String> sources = new HashSet<>();

        Seen(String holderId, String holder, String role, String orgId, String org) {
            this.holderId = holderId;
            this.holder = holder;
            this.role = role;
            this.orgId = orgId;
            this.org = org;
        }

        void absorb(Seen other) {
            articles.addAll(other.articles);
            sources.addAll(other.sources);
            if (other.from != null && (from == null || other.from.compareTo(from) < 0)) from = other.from;
            if (other.to != null && (to == null || other.to.compareTo(to) > 0)) to = other.to;
        }
    }

    private final String id;
    private final KnowledgeBase kb;
    private final RoleLabels labels;
    private final String lang;
    private final Map<List<String>, Seen> seen = new LinkedHashMap<>();

    RolePeriods(String id, KnowledgeBase kb, RoleLabels labels, String lang) {
        this.id = id;
        this.kb = kb;
        this.labels = labels;
        this.lang = lang;
    }

    void add(ArticleDigest d) {
        for (RoleMention r : d.roles()) {
            if (!id.equals(r.personId()) && !id.equals(r.orgId())) continue;
            Seen s = seen.computeIfAbsent(key(r.personId(), r.role(), r.orgId(), r.org()), k -> new Seen(r.personId(), r.person(), r.role(), r.orgId(), r.org()));
            String day = r.date() != null ? r.date() : d.published();
            if (day != null) {
                day = day.length() > 10 ? day.substring(0, 10) : day;
                if (s.from == null || day.compareTo(s.from) < 0) s.from = day;
                if (s.to == null || day.compareTo(s.to) > 0) s.to = day;
            }
            s.articles.add(d.id());
            if (d.source() != null) s.sources.add(d.source());
        }
    }

    /** A body the knowledge base does not know is told apart by its words, whatever their case; "" for none. */
    private static List<String> key(String holderId, String role, String orgId, String org) {
        String body = orgId != null ? orgId : org == null ? "" : org.toLowerCase(Locale.ROOT);
        return List.of(holderId, role, body);
    }

    /** Every office, by first day seen or recorded (undated last). */
    List<Period> periods() {
        for (Role r : kb.roles(id)) recorded(id, r);
        // for a body or a country: who held offices in it, as far as the knowledge base knows
        kb.entities().filter(p -> !p.id().equals(id)).forEach(person -> {
            for (Role r : kb.roles(person.id())) if (id.equals(r.orgId())) recorded(person.id(), r);
        });
        joinBodiless();
        List<Period> out = new ArrayList<>();
        for (Seen s : seen.values()) {
            String label = s.role != null ? labels.label(s.role, lang) : s.kbTitle;
            out.add(new Period(s.holderId, name(s.holderId, s.holder), s.role, label, s.orgId, name(s.orgId, s.org), s.from, s.to,
                    s.articles.size(), s.sources.size(), s.heldFrom, s.heldTo, s.inKb));
        }
        out.sort(Comparator.comparing((Period p) -> p.heldFrom() != null && (p.from() == null || p.heldFrom().compareTo(p.from()) < 0) ? p.heldFrom() : p.from(),
                Comparator.nullsLast(Comparator.naturalOrder())));
        return out;
    }

    private void recorded(String holderId, Role r) {
        String role = labels.roleOf(r.title());
        Seen s = seen.computeIfAbsent(key(holderId, role != null ? role : r.title(), r.orgId(), null),
                k -> new Seen(holderId, null, role, r.orgId(), null));
        s.inKb = true;
        s.kbTitle = r.title();
        s.heldFrom = r.from() == null ? null : r.from().toString();
        s.heldTo = r.to() == null ? null : r.to().toString();
    }

    /** "The foreign minister" said of a person who is foreign minister of one body: the same office. */
    private void joinBodiless() {
        for (var it = seen.entrySet().iterator(); it.hasNext(); ) {
            Seen bare = it.next().getValue();
            if (bare.orgId != null || bare.org != null || bare.inKb) continue;
            List<Seen> withBody = seen.values().stream()
                    .filter(o -> o != bare && Objects.equals(o.holderId, bare.holderId) && Objects.equals(o.role, bare.role)).toList();
            if (withBody.size() != 1) continue;
            withBody.get(0).absorb(bare);
            it.remove();
        }
    }

    /** The entity's name in the reader's language, else its display name, else the words the text used. */
    private String name(String entityId, String fallback) {
        if (entityId == null) return fallback;
        return kb.byId(entityId).map(e -> e.labels(lang).isEmpty() ? e.name() : e.labels(lang).get(0)).orElse(fallback);
    }
}
