package org.wirewatch.core.extract.quotes;

import org.wirewatch.core.model.Quote;

/** Who said a passage and the cue that says so; {@code cueStart}/{@code cueEnd} span the cue in the text. */
record Attribution(String cue, int cueStart, int cueEnd, Quote.Speaker speaker) {}
