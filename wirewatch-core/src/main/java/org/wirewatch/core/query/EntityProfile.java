package org.wirewatch.core.query;

import java.util.List;
import java.util.Map;

/**
 * Everything known about one entity: its names by language, its offices over time, and how often
 * the articles read mention it. Immutable.
 *
 * @param namesByLanguage lang → the forms seen in articles and the knowledge base's labels, most frequent first
 * @param offices         offices by start date (or article date), from the knowledge base and from titles in the
 *                        text: those the entity held, and for an organisation or country, those held in it
 */
public record EntityProfile(String id, String type, String name, Map<String, List<String>> namesByLanguage,
                            List<Office> offices, int mentions, int articles) {

    /**
     * One office held by {@code holder}: {@code from}/{@code to} are ISO dates or null; {@code source}
     * is "kb" or the id of the article whose title gave it.
     */
    public record Office(String holder, String role, String org, String from, String to, String source) {}

    public EntityProfile {
        namesByLanguage = Map.copyOf(namesByLanguage);
        offices = List.copyOf(offices);
    }
}
