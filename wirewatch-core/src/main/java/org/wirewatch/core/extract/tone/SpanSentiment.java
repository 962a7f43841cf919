package org.wirewatch.core.extract.tone;

import org.wirewatch.core.model.Check;
import org.wirewatch.core.model.Mention;

/**
 * How a sentence portrays one span of a text, whatever the span is (a recognised mention or any
 * span a user asks about: "the minister", "they"): the label and a signed score in [-1, 1].
 *
 * @param start the span's first character
 * @param end   after its last character
 */
public record SpanSentiment(int start, int end, String label, double score) {
    public SpanSentiment {
        Check.isTrue(start >= 0 && end >= start, "span [%d, %d)", start, end);
        Check.isTrue(Mention.Sentiments.isLabel(label), "not a sentiment label: %s", label);
    }
}
