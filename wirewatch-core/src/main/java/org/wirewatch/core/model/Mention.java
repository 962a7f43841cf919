package org.wirewatch.core.model;

/** A mention of a person, organisation, place or other named thing; {@code id} is its canonical identity. */
public record Mention(int start, int end, String text, String type, String id, String name) {
    public Mention {
        Check.isTrue(start >= 0 && start <= end, "mention [%d,%d)", start, end);
        Check.notNullParam(type, "type");
    }
}
