package org.wirewatch.core.extract.events;

import java.util.List;
import java.util.Optional;
import org.wirewatch.core.kb.EntityType;
import org.wirewatch.core.kb.KbEntity;
import org.wirewatch.core.kb.KnowledgeBase;
import org.wirewatch.core.kb.Role;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.Mention;
import org.wirewatch.core.model.Quote;
import org.wirewatch.core.model.RoleMention;

/** What the earlier stages found in one article, looked up by position, with the knowledge base behind the ids. */
final class ArticleContext {
    private final Article article;
    private final KnowledgeBase kb;

    ArticleContext(Article article, KnowledgeBase kb) {
        this.article = article;
        this.kb = kb;
    }

    Article article() {
        return article;
    }

    List<Mention> mentionsIn(int start, int end) {
        return article.entities().stream().filter(m -> m.start() >= start && m.end() <= end).toList();
    }

    RoleMention roleAround(Mention m) {
        for (RoleMention r : article.roles()) if (r.start() <= m.start() && m.end() <= r.end()) return r;
        return null;
    }

    /** The person the article gives an office in this organisation ("NATO Secretary General Jens Stoltenberg"), or null. */
    String officeHolderOf(String orgId) {
        for (RoleMention r : article.roles()) if (orgId.equals(r.orgId())) return r.personId();
        return null;
    }

    /** The person last named before the offset: who "he" or "his" most likely is in news prose. */
    String lastPersonBefore(int offset) {
        String found = null;
        for (Mention m : article.entities()) {
            if (m.start() >= offset) break;
            if (m.type().equals("PER") && m.id() != null) found = m.id();
        }
        return found;
    }

    /** The quote whose text holds the offset, or null. */
    Quote quoteAt(int offset) {
        for (Quote q : article.quotes()) if (q.start() <= offset && offset < q.end()) return q;
        return null;
    }

    /** The country a person's recorded office belongs to ("Biden administration" → the US), or null. */
    String countryLedBy(String personId) {
        for (Role r : kb.roles(personId)) {
            if (r.orgId() != null && r.orgId().startsWith("iso:")) return r.orgId();
        }
        return null;
    }

    /** The country a government body or armed force belongs to ("the Kremlin" → Russia), or null. */
    String countryOfBody(String orgId) {
        return kb.byId(orgId).filter(e -> e.type() == EntityType.ORG)
                .flatMap(e -> e.attribute("country")).orElse(null);
    }

    /** The country whose capital the id names, or null. */
    String stateOfCapital(String id) {
        return kb.byId(id).filter(e -> e.instanceOf().contains("capital")).flatMap(e -> e.attribute("country")).orElse(null);
    }

    /** Whether the id names a place inside a country (a city or region), not a country itself. */
    boolean isPlaceInCountry(String id) {
        return kb.byId(id).flatMap(e -> e.attribute("country")).isPresent();
    }

    /** Whether {@code place} lies in {@code country} by the knowledge base. */
    boolean within(String place, String country) {
        Optional<KbEntity> e = kb.byId(place);
        return e.isPresent() && country.equals(e.get().attribute("country").orElse(null));
    }
}
