package org.wirewatch.core.ingest;

/**
 * Carries an exception thrown by the caller's sink through the readers' safety nets, so that
 * it reaches the caller unchanged instead of being reported as bad input.
 */
final class SinkFailure extends RuntimeException {
    SinkFailure(RuntimeException cause) {
        super(cause);
    }

    RuntimeException unwrap() {
        return (RuntimeException) getCause();
    }
}
