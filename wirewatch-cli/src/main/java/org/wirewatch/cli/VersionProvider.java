package org.wirewatch.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version and git commit the build wrote into {@code build.properties}. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        Properties build = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("build.properties")) {
            if (in == null) throw new IllegalStateException("build.properties is missing from the wirewatch jar");
            build.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read build.properties from the wirewatch jar", e);
        }
        return new String[] {
            "wirewatch " + build.getProperty("version"),
            "commit " + build.getProperty("commit"),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
    }
}
