package org.wirewatch.bench.micro;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the micro-benchmarks find their texts: the five scraped seed articles in the team's shared
 * data ({@code ../shared/corpus/seeds}, read in place, never copied) and the project's own
 * {@code examples/corpus}. The seeds are real pages, which is why most benchmarks use them rather
 * than generated text.
 *
 * @param shared   the shared data directory
 * @param examples the example corpus directory
 */
public record MicroData(Path shared, Path examples) {

    /** {@code ../shared} and {@code examples/corpus} from the working directory (the repository root). */
    public static MicroData fromWorkingDirectory() {
        Path root = Path.of(System.getProperty("wirewatch.root", "."));
        return new MicroData(Path.of(System.getProperty("wirewatch.shared", root.resolve("..").resolve("shared").toString())),
                root.resolve("examples").resolve("corpus"));
    }

    /** The seed articles in name order: 000–003 English, 004 Russian. */
    public List<Path> seeds() {
        return textFiles(shared.resolve("corpus").resolve("seeds"), "the seed articles (../shared/corpus/seeds)");
    }

    /** The seed whose file name starts with {@code prefix} ("000"…"004"). */
    public String seed(String prefix) {
        return seeds().stream().filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst()
                .map(MicroData::read).orElseThrow(() -> new IllegalStateException("no seed " + prefix + " in " + shared));
    }

    /** The language of a seed: 004 is the Russian translation, the rest are English. */
    public static String seedLang(Path seed) {
        return seed.getFileName().toString().startsWith("004") ? "ru" : "en";
    }

    /** The plain-text articles of the example corpus (en, ru, uk), in name order. */
    public List<Path> exampleTexts() {
        return textFiles(examples, "the example corpus (examples/corpus)");
    }

    /** The language of an example text, from its name ({@code 01-vienna-talks-en.txt}). */
    public static String exampleLang(Path example) {
        String name = example.getFileName().toString();
        return name.substring(name.length() - 6, name.length() - 4);
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> textFiles(Path dir, String what) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException(what + " not found at " + dir.toAbsolutePath().normalize()
                    + "; run from the repository root, with ../shared beside it");
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
