package org.wirewatch.bench.micro;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removes the scratch directories benchmarks write indexes and dumps into, so a run leaves nothing behind. */
public final class TempDirs {
    private TempDirs() {}

    /** Deletes {@code dir} and everything under it; a directory already gone is fine. */
    public static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
