package org.wirewatch.core.model;

/**
 * An office the text gives a person: "NATO Secretary General Jens Stoltenberg" gives
 * (Stoltenberg, secretary_general, NATO). {@code role} is the same id in every language;
 * {@code start}/{@code end} span the title and the name; {@code date} is the article's date
 * (ISO-8601 at its precision) or null.
 */
public record RoleMention(String personId, String person, String role, String orgId, String org,
                          int start, int end, String date) {
    public RoleMention {
        Check.notNullParam(personId, "personId");
        Check.notNullParam(role, "role");
        Check.isTrue(start >= 0 && start <= end, "role [%d,%d)", start, end);
    }
}
