package org.wirewatch.bench.corpus;

/** What a generated story is about; each kind has its own titles, leads and detail paragraphs in every language. */
public enum EventKind {
    STRIKE, MEETING, AID, STATEMENT
}
