package org.wirewatch.core.extract.events;

/**
 * A trigger found at a token: its type, the tokens it spans ({@code first}..{@code last}) and
 * how it is used: as a verb (active or passive) or as a noun.
 */
record TriggerMatch(EventType type, int first, int last, boolean verb, boolean passive) {}
