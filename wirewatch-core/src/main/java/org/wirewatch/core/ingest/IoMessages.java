package org.wirewatch.core.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.zip.ZipException;

/** Short, user-facing wording for I/O failures, which otherwise read like stack traces. */
final class IoMessages {
    private IoMessages() {}

    static String describe(IOException e) {
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof NoSuchFileException) return "no such file or directory";
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof EOFException) return "truncated input (" + detail + ")";
        if (e instanceof ZipException) return "corrupt gzip data (" + detail + ")";
        return "cannot read (" + detail + ")";
    }
}
