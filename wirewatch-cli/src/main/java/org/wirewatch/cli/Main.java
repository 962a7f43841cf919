package org.wirewatch.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code wirewatch} command: one subcommand class per verb. */
@Command(name = "wirewatch",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Reads raw multilingual news and turns it into linked knowledge, offline.",
        subcommands = {AnalyzeCommand.class, IngestCommand.class, SearchCommand.class, ExportCommand.class, WatchCommand.class, ServeCommand.class, EntityCommand.class, QuotesCommand.class, EventsCommand.class, EvalCommand.class, KbCommand.class, LanguagesCommand.class, BenchCommand.class,
            GenerateCommand.class, TrainCommand.class, SentimentCommand.class, CompareCommand.class, StoriesCommand.class, StoryCommand.class, SparkCommand.class, AlertCommand.class, SolrCommand.class, CompletionCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    /** Exit status for a command line that could not be understood (sysexits EX_USAGE). */
    static final int EXIT_USAGE = 64;
    /** Exit status for an unexpected internal failure (sysexits EX_SOFTWARE). */
    static final int EXIT_SOFTWARE = 70;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main())
                .setOut(utf8(System.out))
                .setErr(utf8(System.err))
                .setCaseInsensitiveEnumValuesAllowed(true);
        useExitCodes(cli);
        return cli;
    }

    private static void useExitCodes(CommandLine cli) {
        cli.getCommandSpec().exitCodeOnInvalidInput(EXIT_USAGE).exitCodeOnExecutionException(EXIT_SOFTWARE);
        cli.getSubcommands().values().forEach(Main::useExitCodes);
    }

    /** Article text is multilingual: never let the platform's default charset turn it into '?'. */
    private static PrintWriter utf8(OutputStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
