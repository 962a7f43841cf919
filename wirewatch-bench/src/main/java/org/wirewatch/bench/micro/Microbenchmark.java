package org.wirewatch.bench.micro;

import java.io.PrintStream;

/**
 * One focused measurement of a hot spot (a stage class, a dictionary, the knowledge base), run by
 * {@code wirewatch bench --micro NAME}. It prints its figures and asserts nothing: speed is
 * reported in BENCHMARKS.md, never enforced, since the machine it runs on is shared.
 */
public interface Microbenchmark {
    /** The name given to {@code --micro}: lower case, words joined by hyphens. */
    String name();

    /** One line saying what is measured. */
    String about();

    /** Runs the measurement (tens of seconds at most) and prints its figures to {@code out}. */
    void run(PrintStream out) throws Exception;
}
