package org.wirewatch.core.ingest;

import org.wirewatch.core.model.Check;
import org.wirewatch.core.model.SourceRef;

/**
 * Input that could not be turned into an article. {@code where} names the input and, inside
 * multi-article inputs, the position ("line 12", "record 3", "item 5").
 */
public record ReadError(SourceRef where, String message) {
    public ReadError {
        Check.notNullParam(where, "where");
        Check.notNullParam(message, "message");
    }

    @Override
    public String toString() {
        return where + ": " + message;
    }
}
