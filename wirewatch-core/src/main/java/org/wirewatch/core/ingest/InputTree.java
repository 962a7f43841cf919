package org.wirewatch.core.ingest;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.wirewatch.core.model.SourceRef;

/**
 * Walks a directory tree in a deterministic order: entries sorted by name, depth first.
 * Hidden files and directories (name starting with ".") are skipped, symbolic links to
 * directories are not followed (so a link cycle cannot loop), and entries that are neither
 * files nor directories (sockets, FIFOs, devices) are skipped, as opening them could block.
 * Only one directory's listing is in memory per level.
 */
final class InputTree {
    private InputTree() {}

    static void walk(Path dir, Consumer<Path> onFile, ArticleSink sink) {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(dir)) {
            for (Path p : listing) entries.add(p);
        } catch (IOException e) {
            sink.error(new ReadError(SourceRef.of(dir.toString()), "cannot list directory: " + IoMessages.describe(e)));
            return;
        }
        entries.sort(Comparator.comparing(p -> p.getFileName().toString()));
        for (Path entry : entries) {
            if (entry.getFileName().toString().startsWith(".")) continue;
            if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                walk(entry, onFile, sink);
            } else if (Files.isRegularFile(entry)) {
                onFile.accept(entry);
            }
        }
    }
}
