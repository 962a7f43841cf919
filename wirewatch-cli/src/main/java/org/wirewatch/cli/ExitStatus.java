package org.wirewatch.cli;

/**
 * Exit statuses of verbs that process a batch: 0 when every input was read and analysed, else the
 * number of inputs (files, lines, records) that failed, capped below {@link Main#EXIT_USAGE}.
 */
final class ExitStatus {
    static final int MAX_FAILURE_COUNT = 63;

    private ExitStatus() {}

    static int ofFailures(long failures) {
        return (int) Math.min(failures, MAX_FAILURE_COUNT);
    }
}
