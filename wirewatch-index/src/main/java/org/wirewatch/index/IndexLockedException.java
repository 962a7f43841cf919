package org.wirewatch.index;

import java.io.IOException;

/** The index is open for writing in another process; it can still be opened read-only beside it. */
public final class IndexLockedException extends IOException {
    public IndexLockedException(String message, Throwable cause) {
        super(message, cause);
    }
}
