package org.wirewatch.core.linguistics.morph;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Which dictionary reading gives the base form of a name: a proper reading of the expected class,
 * else any proper reading, else a noun, else an adjective (adjectival surnames and places:
 * Зеленського, Нижнего). Among proper readings places go first, so that without a hint Києві is
 * Київ rather than the first name Кий and Львові is Львів rather than Лев; among equals, the
 * shorter lemma (Марком: Марк before Марко), then the alphabetically first, so the choice never
 * depends on dictionary order.
 */
final class LemmaChoice {
    private LemmaChoice() {}

    private static final List<NameClass> PRIORITY = List.of(NameClass.PLACE, NameClass.SURNAME,
            NameClass.FIRST_NAME, NameClass.PATRONYMIC, NameClass.ORGANIZATION, NameClass.OTHER_PROPER);
    private static final int NOUN = 20;
    private static final int ADJECTIVE = 21;
    private static final int UNUSABLE = Integer.MAX_VALUE;

    static Optional<Reading> best(List<Reading> readings, NameClass hint,
                                  Predicate<Reading> noun, Predicate<Reading> adjective) {
        Comparator<Reading> order = Comparator.<Reading>comparingInt(r -> rank(r, hint, noun, adjective))
                .thenComparingInt(r -> r.lemma().length())
                .thenComparing(Reading::lemma);
        return readings.stream()
                .filter(r -> rank(r, hint, noun, adjective) != UNUSABLE)
                .min(order);
    }

    private static int rank(Reading r, NameClass hint, Predicate<Reading> noun, Predicate<Reading> adjective) {
        if (r.isProper()) return r.nameClass() == hint ? 0 : 1 + PRIORITY.indexOf(r.nameClass());
        if (noun.test(r)) return NOUN;
        if (adjective.test(r)) return ADJECTIVE;
        return UNUSABLE;
    }
}
