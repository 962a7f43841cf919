package org.wirewatch.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.wirewatch.core.app.SpanQuestions;
import org.wirewatch.core.ingest.InputLimits;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code wirewatch sentiment}: how each article portrays the spans a user names, not only the recognised mentions. */
@Command(name = "sentiment",
        mixinStandardHelpOptions = true,
        description = {
            "Reads articles (as analyze does), analyses them and writes, for each span asked about, one JSON line:",
            "id, lang, start, end, text, sentiment (positive, negative or neutral; null where the language has no tone)",
            "and score (-1..1), judged by the sentence holding the span with the entity-sentiment classifier (docs/tone.md).",
            "--span finds every occurrence of a phrase (ignoring case, not inside a longer word); --at names characters",
            "of the analysed text (with --raw, of the text as given).",
            "Exit status: 0 when everything was read and analysed, else the number of inputs that failed (at most 63); 64 for a bad command line."},
        footer = {"", "Example:", "  echo 'The minister was praised for a brave decision.' | wirewatch sentiment --span 'the minister' -"})
final class SentimentCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files or directories, or '-' for standard input (the default).")
    List<String> inputs = List.of("-");

    @Option(names = "--span", paramLabel = "PHRASE", description = "A phrase to ask about; every occurrence (repeatable).")
    List<String> phrases = new ArrayList<>();

    @Option(names = "--at", paramLabel = "START:END", description = "Characters [START, END) of each article to ask about (repeatable).")
    List<String> at = new ArrayList<>();

    @Option(names = "--raw", description = "Keep the text exactly as given (no cleaning), so --at offsets are those of the input.")
    boolean raw;

    @Option(names = "--progress", negatable = true, description = "Show progress on standard error (default: when it is a terminal).")
    Boolean progress;

    @Mixin
    PipelineOptions pipelineOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (phrases.isEmpty() && at.isEmpty()) throw new ParameterException(spec.commandLine(), "give --span PHRASE or --at START:END");
        for (String p : phrases) {
            if (p.isBlank() || p.strip().length() > SpanQuestions.MAX_PHRASE) {
                throw new ParameterException(spec.commandLine(), "--span must be 1.." + SpanQuestions.MAX_PHRASE + " characters: '" + p + "'");
            }
        }
        List<int[]> offsets = new ArrayList<>();
        for (String a : at) offsets.add(offsets(a));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Progress meter = new Progress(err, progress, "analysed");
        Pipeline pipeline = pipelineOptions.pipeline(raw);
        ObjectMapper json = new ObjectMapper();
        AnalysisRun.run(inputs, InputLimits.defaults(), pipeline, pipelineOptions.threads,
                article -> answer(pipeline, article, offsets, json, out, err), meter, err);
        out.flush();
        err.printf(Locale.ROOT, "wirewatch sentiment: articles analysed %,d, failed %,d%n", meter.done(), meter.failures());
        return ExitStatus.ofFailures(meter.failures());
    }

    private void answer(Pipeline pipeline, Article article, List<int[]> offsets, ObjectMapper json, PrintWriter out, PrintWriter err) {
        List<int[]> spans = new ArrayList<>();
        for (String p : phrases) spans.addAll(SpanQuestions.occurrences(article.text(), p));
        for (int[] o : offsets) {
            if (o[1] > article.text().length()) {
                err.printf(Locale.ROOT, "warning: %s: --at %d:%d is past the end of its %,d characters%n", article.id(), o[0], o[1], article.text().length());
            } else {
                spans.add(o);
            }
        }
        for (SpanQuestions.Answer a : SpanQuestions.ask(pipeline, article, spans)) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("id", article.id());
            line.put("lang", article.lang());
            line.put("start", a.start());
            line.put("end", a.end());
            line.put("text", a.text());
            line.put("sentiment", a.sentiment());
            line.put("score", a.score());
            try {
                out.println(json.writeValueAsString(line));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private int[] offsets(String value) {
        String[] parts = value.split(":", -1);
        try {
            int start = Integer.parseInt(parts[0].strip()), end = parts.length == 2 ? Integer.parseInt(parts[1].strip()) : -1;
            if (parts.length == 2 && start >= 0 && end > start) return new int[] {start, end};
        } catch (NumberFormatException e) {
            // falls through to the usage error below
        }
        throw new ParameterException(spec.commandLine(), "--at needs START:END with 0 <= START < END, not '" + value + "'");
    }
}
