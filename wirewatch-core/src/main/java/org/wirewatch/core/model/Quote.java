package org.wirewatch.core.model;

/** A direct or reported quote with its cue word and speaker (null when the text does not say who). */
public record Quote(int start, int end, String text, boolean direct, String cue, Speaker speaker) {
    public record Speaker(String id, String name, int start, int end) {}
}
