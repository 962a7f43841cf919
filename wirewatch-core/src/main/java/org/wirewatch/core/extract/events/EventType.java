package org.wirewatch.core.extract.events;

import java.util.Optional;

/**
 * Wirewatch's compact event taxonomy and its CAMEO code (docs/events.md). A null code means
 * CAMEO has no event for it (casualties, damage and evacuations are counts in GDELT's GKG, not
 * events); such events are left out of the GDELT event export.
 */
public enum EventType {
    ATTACK("190", false),
    INTERCEPT("190", false),
    CASUALTIES(null, false),
    DAMAGE(null, false),
    STATEMENT("010", true),
    CONDEMN("111", true),
    ACCUSE("112", true),
    PRAISE("051", true),
    MEET("040", true),
    NEGOTIATE("046", true),
    AID_PLEDGE("033", true),
    AID_DELIVERY("070", true),
    SANCTION("163", true),
    MEMBERSHIP("057", true),
    EVACUATION(null, false),
    TROOP_DEPLOYMENT("154", true),
    INVESTIGATION("090", true);

    private final String cameo;
    private final boolean needsParticipant;

    EventType(String cameo, boolean needsParticipant) {
        this.cameo = cameo;
        this.needsParticipant = needsParticipant;
    }

    /**
     * Whether an event of this type needs an actor or a target: a meeting in Brussels with nobody
     * named tells nothing, casualties in Kyiv do.
     */
    public boolean needsParticipant() {
        return needsParticipant;
    }

    /** Whether actor and target do it to each other (A met B = B met A), so reports may name them either way round. */
    public boolean mutual() {
        return this == MEET || this == NEGOTIATE;
    }

    /** Whether it happens again and again between the same parties (strikes, interceptions, losses), so that without a day two reports of it cannot be told to be one. */
    public boolean recurs() {
        return this == ATTACK || this == INTERCEPT || this == CASUALTIES || this == DAMAGE || this == EVACUATION;
    }

    /** Whether it befalls places (strikes, losses, damage, evacuations), so a city can be its target; a city is only where anything else happens. */
    public boolean befallsPlaces() {
        return !needsParticipant;
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
