package org.wirewatch.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code wirewatch kb}: the knowledge base of people, organisations and places. */
@Command(name = "kb",
        mixinStandardHelpOptions = true,
        description = "Manages the knowledge base of people, organisations and places.",
        subcommands = {KbImportCommand.class})
final class KbCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
