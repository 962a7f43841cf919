package org.wirewatch.core.events;

import java.util.Optional;

/**
 * Wirewatch's compact event taxonomy and its CAMEO code (docs/events.md). A null code means
 * CAMEO has no event for it (casualties, damage and evacuations are counts in GDELT's GKG, not
 * events); such events are left out of the GDELT event export.
 */
public enum EventType {
    ATTACK("190"),
    INTERCEPT("190"),
    CASUALTIES(null),
    DAMAGE(null),
    STATEMENT("010"),
    CONDEMN("111"),
    ACCUSE("112"),
    PRAISE("051"),
    MEET("040"),
    NEGOTIATE("046"),
    AID_PLEDGE("033"),
    AID_DELIVERY("070"),
    SANCTION("163"),
    MEMBERSHIP("057"),
    EVACUATION(null),
    TROOP_DEPLOYMENT("154"),
    INVESTIGATION("090");

    private final String cameo;

    EventType(String cameo) {
        this.cameo = cameo;
    }

    /** The CAMEO event code, or null when CAMEO has none. */
    public String cameo() {
        return cameo;
    }

    /** The CAMEO root code (the first two digits), or null. */
    public String cameoRoot() {
        return cameo == null ? null : cameo.substring(0, 2);
    }

    /** The type named (case-insensitive), if there is one. */
    public static Optional<EventType> named(String name) {
        for (EventType t : values()) if (t.name().equalsIgnoreCase(name.strip())) return Optional.of(t);
        return Optional.empty();
    }
}
