package org.wirewatch.core.eval;

/** A character span [start, end) with a label: a gold or predicted entity, compared by exact equality. */
record TypedSpan(int start, int end, String type) {}
