package org.wirewatch.core.extract.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.stream.Collectors;
import org.wirewatch.core.model.DateMention;

/** Assertions on extracted dates, by the text a reader would point at. */
final class Found {
    private Found() {}

    /** The value of the one mention whose text is {@code phrase}, checking its offsets point at it. */
    static String value(String text, List<DateMention> mentions, String phrase) {
        List<DateMention> hits = mentions.stream().filter(m -> m.text().equals(phrase)).toList();
        if (hits.isEmpty()) fail("no date \"" + phrase + "\" among " + describe(mentions));
        DateMention m = hits.get(0);
        assertEquals(phrase, text.substring(m.start(), m.end()), "offsets");
        return m.value();
    }

    static String describe(List<DateMention> mentions) {
        return mentions.stream().map(m -> "[" + m.text() + "]=" + m.value()).collect(Collectors.joining(", "));
    }
}
