package org.wirewatch.core.kb;

import java.time.LocalDate;
import org.wirewatch.core.model.Check;

/**
 * An office a person held: "Secretary General" of {@code ww:nato} from 2014-10-01 to 2024-10-01.
 * {@code from} or {@code to} is null when the knowledge base does not know it; a null {@code to}
 * means "no end recorded", not a promise that the office is still held.
 *
 * @param title the office in English, without the organisation ("Secretary General", "President")
 * @param orgId the entity the office belongs to (an organisation or a country), or null
 */
public record Role(String title, String orgId, LocalDate from, LocalDate to) {
    public Role {
        Check.notNullParam(title, "title");
        Check.isTrue(from == null || to == null || !to.isBefore(from), "role %s ends %s before it starts %s", title, to, from);
    }

    /**
     * Whether the office was held on that day, by what is recorded: the start day counts, the end
     * day does not (the successor takes office that day). Without a known start nothing is
     * asserted (false); without a known end the office is taken as held from the start on.
     */
    public boolean heldOn(LocalDate day) {
        Check.notNullParam(day, "day");
        return from != null && !day.isBefore(from) && (to == null || day.isBefore(to));
    }
}
