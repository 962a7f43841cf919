package org.wirewatch.core.model;

/**
 * Where a raw article came from: the input name (a path, "-" for standard input, or a URL)
 * and, inside multi-record inputs, the position ("line 12", "record 3", "item 5").
 */
public record SourceRef(String input, String position) {
    public SourceRef {
        Check.notNullParam(input, "input");
    }

    public static SourceRef of(String input) {
        return new SourceRef(input, null);
    }

    public SourceRef at(String newPosition) {
        return new SourceRef(input, newPosition);
    }

    @Override
    public String toString() {
        return position == null ? input : input + ": " + position;
    }
}
