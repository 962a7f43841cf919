package org.wirewatch.core.extract.categories;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.wirewatch.core.lang.LanguagePacks;

/**
 * The category definitions a pipeline uses: the built-in ones (resource folder
 * {@code org/wirewatch/core/extract/categories/builtin}, listed in its {@code index.list}) and, when
 * given, every {@code *.cues} file of a user's directory; a user file with a built-in id replaces
 * the built-in one. Read once per pipeline. Immutable.
 */
public final class CategorySet {
    private static final String BUILTIN = "builtin/";
    private final List<CategoryDefinition> definitions;

    private CategorySet(List<CategoryDefinition> definitions) {
        this.definitions = List.copyOf(definitions);
    }

    /** The built-in categories, plus those of {@code userDirectory} when it is not null. */
    public static CategorySet load(LanguagePacks packs, Path userDirectory) {
        CategoryFileReader reader = new CategoryFileReader(packs);
        Map<String, CategoryDefinition> byId = new LinkedHashMap<>();
        for (String file : resourceLines(BUILTIN + "index.list")) {
            if (file.isBlank() || file.startsWith("#")) continue;
            CategoryDefinition d = reader.read(resourceLines(BUILTIN + file), "categories/" + file);
            byId.put(d.id(), d);
        }
        if (userDirectory != null) {
            for (Path file : userFiles(userDirectory)) {
                CategoryDefinition d = reader.read(lines(file), file.toString());
                byId.put(d.id(), d);
            }
        }
        return new CategorySet(new ArrayList<>(byId.values()));
    }

    /** The definitions, built-in ones first, in file order. */
    public List<CategoryDefinition> definitions() {
        return definitions;
    }

    private static List<Path> userFiles(Path dir) {
        if (!Files.isDirectory(dir)) throw new IllegalArgumentException("categories directory not found: " + dir);
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".cues")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read category file " + file, e);
        }
    }

    private static List<String> resourceLines(String name) {
        InputStream in = CategorySet.class.getResourceAsStream(name);
        if (in == null) throw new IllegalStateException("missing bundled category file " + name);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled category file " + name, e);
        }
    }
}
