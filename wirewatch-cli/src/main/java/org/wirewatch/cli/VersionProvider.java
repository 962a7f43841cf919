package org.wirewatch.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version Maven wrote into the jar manifest. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return new String[] {"wirewatch " + (version == null ? "(development build)" : version)};
    }
}
