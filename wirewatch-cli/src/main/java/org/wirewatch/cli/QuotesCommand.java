package org.wirewatch.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.wirewatch.core.ingest.InputLimits;
import org.wirewatch.core.output.ArticleJson;
import org.wirewatch.core.query.SpeakerQuotes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "quotes",
        mixinStandardHelpOptions = true,
        description = "Lists what a person said in the given articles, in every language, newest first.",
        footer = {"", "Example:", "  wirewatch quotes --by Блинкен examples/corpus"})
final class QuotesCommand implements Callable<Integer> {

    @Option(names = "--by", required = true, paramLabel = "NAME", description = "The speaker, in any language or script, or an id.")
    String speaker;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Articles to read (any input analyze reads).")
    List<String> inputs;

    @Option(names = "--json", description = "Print one JSON object per quote.")
    boolean json;

    @Mixin
    PipelineOptions pipelineOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        SpeakerQuotes quotes = new SpeakerQuotes(pipelineOptions.knowledgeBase(), pipelineOptions.nameKeys(), speaker);
        Progress meter = new Progress(err, null, "read");
        AnalysisRun.run(inputs, InputLimits.defaults(), pipelineOptions.pipeline(false), pipelineOptions.threads, quotes::add, meter, err);
        PrintWriter out = spec.commandLine().getOut();
        ArticleJson jsonWriter = new ArticleJson();
        for (SpeakerQuotes.Found f : quotes.quotes()) {
            if (json) {
                out.println(jsonWriter.mapper().valueToTree(f).toString());
            } else {
                out.printf(Locale.ROOT, "%s  %s  %s  %s: \u201C%s\u201D%n", f.published() == null ? "----------" : f.published(),
                        f.lang(), f.articleId(), f.quote().cue(), f.quote().text());
            }
        }
        err.printf(Locale.ROOT, "wirewatch quotes: %d quotes by %s%n", quotes.quotes().size(), speaker);
        return ExitStatus.ofFailures(meter.failures());
    }
}
