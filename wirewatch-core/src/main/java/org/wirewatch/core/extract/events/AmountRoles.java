package org.wirewatch.core.extract.events;

import java.util.Set;
import org.wirewatch.core.model.Amount;

/**
 * Which amounts belong to which type of event. Amounts name what they count by an English lemma
 * in every language ("ракет" → missile), so this is the same for all languages.
 */
final class AmountRoles {
    private static final Set<String> WEAPONS = Set.of("missile", "drone", "rocket", "shell", "bomb", "projectile", "shahed");
    private static final Set<String> MONEY = Set.of("usd", "eur", "gbp", "uah", "rub");
    private static final Set<String> EQUIPMENT = Set.of("tank", "vehicle", "system", "howitzer", "weapon", "ammunition", "shell",
            "missile", "aircraft", "jet", "launcher", "round", "gun");
    private static final Set<String> BUILDINGS = Set.of("building", "house", "home", "school", "hospital", "facility", "apartment", "car");

    private AmountRoles() {}

    static boolean belongs(Amount a, EventType type) {
        return switch (type) {
            case ATTACK, INTERCEPT -> a.count() == null && names(a, WEAPONS);
            case CASUALTIES -> "KILL".equals(a.count()) || "WOUND".equals(a.count());
            case EVACUATION -> "EVACUATE".equals(a.count());
            case DAMAGE -> names(a, BUILDINGS);
            case AID_PLEDGE, AID_DELIVERY -> isAid(a);
            default -> false;
        };
    }

    static boolean isAid(Amount a) {
        return a.object() != null && (MONEY.contains(a.object()) || names(a, EQUIPMENT));
    }

    static boolean isWeapon(Amount a) {
        return names(a, WEAPONS);
    }

    /** Whether the counted thing is one of the words, alone or in a list ("drone and missile"). */
    private static boolean names(Amount a, Set<String> words) {
        if (a.object() == null) return false;
        for (String part : a.object().split(" ")) if (words.contains(part)) return true;
        return false;
    }
}
