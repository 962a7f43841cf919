package org.wirewatch.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code wirewatch train}: retrains the models Wirewatch ships. */
@Command(name = "train",
        mixinStandardHelpOptions = true,
        description = "Retrains a bundled model from the shipped data.",
        subcommands = {TrainClustersCommand.class, TrainNamesCommand.class, TrainNerCommand.class, TrainSentimentCommand.class})
final class TrainCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
