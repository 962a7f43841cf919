package org.wirewatch.core;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The team's shared data beside the checkout (../shared: seed articles, gold data), read in place
 * and never copied into the project. Surefire passes its location as {@code wirewatch.shared}.
 * A test that needs it is skipped on a developer machine without it, but fails in CI, where a
 * missing directory means a broken set-up rather than an optional extra.
 */
public final class SharedData {
    private SharedData() {}

    /** A path under ../shared that must exist, e.g. {@code require("corpus", "seeds")}. */
    public static Path require(String first, String... more) {
        Path path = Path.of(System.getProperty("wirewatch.shared", "../../shared"), first).resolve(Path.of("", more));
        if (!Files.exists(path)) {
            String why = "shared data not found: " + path.toAbsolutePath().normalize();
            if (System.getenv("CI") != null) fail(why);
            assumeTrue(false, why);
        }
        return path;
    }
}
