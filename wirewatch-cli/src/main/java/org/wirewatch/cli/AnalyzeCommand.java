package org.wirewatch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.wirewatch.core.ingest.InputLimits;
import org.wirewatch.core.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import org.wirewatch.core.story.StoryPlacer;
import org.wirewatch.core.story.StoryOptions;
import org.wirewatch.core.app.Wirewatch;

@Command(name = "analyze",
        mixinStandardHelpOptions = true,
        description = {
            "Reads articles and writes one article record each (README: The article record).",
            "Inputs: text files, directories (recursive), JSONL, HTML pages, RSS/Atom feeds, WARC files, "
                + "and gzip-compressed variants of each; '-' reads standard input.",
            "Exit status: 0 when everything was read and analysed, else the number of inputs that failed "
                + "(at most 63); 64 for a bad command line."},
        footer = {"", "Example:", "  wirewatch analyze examples/corpus > articles.jsonl"})
final class AnalyzeCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files or directories, or '-' for standard input (the default).")
    List<String> inputs = List.of("-");

    @Option(names = "--raw", description = "Keep the text exactly as given (no cleaning), so offsets line up with gold data.")
    boolean raw;

    @Option(names = "--format", paramLabel = "FORMAT", description = "jsonl (one record per line) or json (an array). Default: ${DEFAULT-VALUE}.")
    ArticleOutput.Format format = ArticleOutput.Format.jsonl;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write records to FILE instead of standard output.")
    Path output;

    @Option(names = "--max-mb", paramLabel = "MB", description = "Largest document accepted, in MB. Default: ${DEFAULT-VALUE}.")
    long maxMegabytes = InputLimits.defaults().maxDocumentBytes() >> 20;

    @Option(names = "--progress", negatable = true, description = "Show progress on standard error (default: when it is a terminal).")
    Boolean progress;

    @Option(names = "--stories", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Group the articles into stories across the whole input (docs/stories.md); this holds every record "
                    + "in memory until the input ends. --no-stories streams records out as they are analysed. Default: on.")
    boolean stories;

    @Mixin
    PipelineOptions pipelineOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (maxMegabytes < 1 || maxMegabytes > 2047) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--max-mb must be 1..2047, not " + maxMegabytes);
        }
        Progress meter = new Progress(err, progress, "analysed");
        try (ArticleOutput out = output == null ? ArticleOutput.toWriter(format, spec.commandLine().getOut()) : ArticleOutput.toFile(format, output)) {
            Wirewatch wirewatch = pipelineOptions.wirewatch(raw);
            StoryPlacer placer = stories ? wirewatch.stories(StoryOptions.wholeInput()) : null;
            AnalysisRun.runAnalysed(inputs, InputLimits.defaults().withMaxDocumentBytes(maxMegabytes << 20), wirewatch.pipeline(),
                    pipelineOptions.threads, stories ? a -> placer.accept(a.article(), a.text(), out::write) : a -> out.write(a.article()), meter, err);
            if (stories) placer.finish(out::write);
        }
        err.printf(Locale.ROOT, "wirewatch analyze: articles analysed %,d, failed %,d (%.1f articles/s)%n",
                meter.done(), meter.failures(), meter.perSecond());
        return ExitStatus.ofFailures(meter.failures());
    }
}
