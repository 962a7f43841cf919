package org.wirewatch.index.alerts;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.apache.lucene.util.IOUtils;

/** Small files written so that a crash leaves either the old or the new content, or appended lines that are on disk once written. */
final class DurableFiles {
    private DurableFiles() {
    }

    /** Replaces {@code file} with {@code content}: a temporary file, fsync, atomic rename, fsync of the folder. */
    static void replace(Path file, String content) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temporary = dir.resolve(file.getFileName() + ".tmp");
        Files.writeString(temporary, content, StandardCharsets.UTF_8);
        IOUtils.fsync(temporary, false);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        IOUtils.fsync(dir, true);
    }

    /** Appends {@code lines} (each ending in a newline) and forces them to disk before returning. */
    static void append(Path file, String lines) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            String text = endsInsideALine(channel) ? "\n" + lines : lines; // a line a crash cut short stays apart
            var buffer = java.nio.ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
            long at = channel.size();
            while (buffer.hasRemaining()) at += channel.write(buffer, at);
            channel.force(false);
        }
    }

    private static boolean endsInsideALine(FileChannel channel) throws IOException {
        long size = channel.size();
        if (size == 0) return false;
        var last = java.nio.ByteBuffer.allocate(1);
        channel.read(last, size - 1);
        return last.get(0) != '\n';
    }

    static void delete(Path file) throws IOException {
        if (Files.deleteIfExists(file)) IOUtils.fsync(file.toAbsolutePath().getParent(), true);
    }
}
