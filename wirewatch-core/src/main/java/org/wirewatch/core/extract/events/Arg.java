package org.wirewatch.core.extract.events;

/**
 * An entity as an event argument: its id, mention type (PER, ORG, LOC, MISC) and the sentence
 * tokens it covers ({@code first}..{@code last}, inclusive). {@code place} is set for a
 * place inside a country (a city, a region), which is where things happen rather than who acts.
 */
record Arg(String id, String type, int first, int last, boolean place) {

    /** "Russian", "українських": a country named by its adjective. */
    boolean isDemonym() {
        return type.equals("MISC");
    }

    boolean isLocation() {
        return type.equals("LOC");
    }
}
