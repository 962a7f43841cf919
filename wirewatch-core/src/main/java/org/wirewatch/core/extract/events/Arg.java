package org.wirewatch.core.extract.events;

/**
 * An entity as an event argument: its id, mention type (PER, ORG, LOC, MISC) and the sentence
 * tokens it covers ({@code first}..{@code last}, inclusive). {@code place} is set for a
 * place inside a country (a city, a region), which is where things happen rather than who acts;
 * {@code stateOf} the country of a capital city, which stands for its state when named as who acts
 * or is acted on ("Washington accused Moscow"), and null otherwise.
 */
record Arg(String id, String type, int first, int last, boolean place, String stateOf) {

    /** The same words taken as the state whose capital they name. */
    Arg asState() {
        return new Arg(stateOf, "LOC", first, last, false, null);
    }

    /** "Russian", "українських": a country named by its adjective. */
    boolean isDemonym() {
        return type.equals("MISC");
    }

    boolean isLocation() {
        return type.equals("LOC");
    }
}
