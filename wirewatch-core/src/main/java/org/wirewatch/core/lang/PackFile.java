package org.wirewatch.core.lang;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.wirewatch.core.model.Check;

/**
 * One file a language pack bundles, named for messages as {@code <language>/<file>} ("uk/dates.cues").
 * Reading it fails loudly, naming it: a bundled file that cannot be read is a broken build.
 */
public record PackFile(String name, URL url) {
    public PackFile {
        Check.notNullParam(name, "name");
        Check.notNullParam(url, "url");
    }

    /** The file's lines, UTF-8. */
    public List<String> lines() {
        try (InputStream in = url.openStream()) {
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled file " + name, e);
        }
    }

    /** The file's bytes as a stream; the caller closes it. */
    public InputStream open() {
        try {
            return url.openStream();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled file " + name, e);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
