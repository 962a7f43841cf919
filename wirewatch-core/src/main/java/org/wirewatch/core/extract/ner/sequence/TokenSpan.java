package org.wirewatch.core.extract.ner.sequence;

import org.wirewatch.core.kb.EntityType;

/** A typed run of tokens {@code [from, to)} of one sentence. */
public record TokenSpan(int from, int to, EntityType type) {
    public TokenSpan {
        if (from < 0 || to <= from) throw new IllegalArgumentException("token span [" + from + "," + to + ")");
        if (type == null) throw new IllegalArgumentException("type must not be null");
    }
}
