package org.wirewatch.core.extract.amounts;

import org.wirewatch.core.model.Amount;
import org.wirewatch.core.model.Check;

/**
 * One amount found in a text: the span {@code [start, end)} (Java String indices) covering the
 * number and what it counts, its value (multipliers applied: "695 тысяч" is 695000), the counted
 * object (an English lemma such as "missile", "usd", or the lemma in the text's own language when
 * the object is not a common news noun), whether the text hedges it ("more than", "около") and a
 * GDELT-style count category (KILL, WOUND, EVACUATE, ARREST, DISPLACE, KIDNAP, PROTEST) or null.
 */
public record FoundAmount(int start, int end, String text, double value, String object, boolean approximate, String count) {

    public FoundAmount {
        Check.notNullParam(text, "text");
        Check.notNullParam(object, "object");
        Check.isTrue(start >= 0 && end - start == text.length(), "amount [%d,%d) with text of length %d", start, end, text.length());
    }

    /** The model record; it has no approximate flag yet, so that is dropped. */
    public Amount toModel() {
        return new Amount(start, end, text, value, object, approximate, count);
    }
}
