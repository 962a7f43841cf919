package org.wirewatch.core.extract.quotes;

import java.util.ArrayList;
import java.util.List;

import org.wirewatch.core.model.Mention;

/** An invented text with hand-placed entity mentions, as the recognizer would give them. */
final class Fixture {
    final String text;
    final List<Mention> mentions = new ArrayList<>();

    Fixture(String text) {
        this.text = text;
    }

    /** Marks every occurrence of {@code surface} as a mention of the entity {@code id}. */
    Fixture per(String surface, String id) {
        return mark(surface, "PER", id);
    }

    Fixture org(String surface, String id) {
        return mark(surface, "ORG", id);
    }

    private Fixture mark(String surface, String type, String id) {
        int at = text.indexOf(surface);
        if (at < 0) throw new IllegalArgumentException("not in fixture: " + surface);
        while (at >= 0) {
            int from = at;
            int to = at + surface.length();
            // a shorter name inside a longer one already marked is part of that mention
            if (mentions.stream().noneMatch(m -> m.start() < to && from < m.end()))
                mentions.add(new Mention(from, to, surface, type, id, id));
            at = text.indexOf(surface, at + 1);
        }
        mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return this;
    }
}
