package org.wirewatch.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.wirewatch.core.extract.events.EventType;
import org.wirewatch.core.ingest.InputLimits;
import org.wirewatch.core.model.Event;
import org.wirewatch.core.output.ArticleJson;
import org.wirewatch.core.query.EventSearch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "events",
        mixinStandardHelpOptions = true,
        description = "Lists the events in the given articles (who did what to whom, where, when, how many) with the sentences that tell them.",
        footer = {"", "Types: ATTACK INTERCEPT CASUALTIES DAMAGE STATEMENT CONDEMN ACCUSE PRAISE MEET NEGOTIATE AID_PLEDGE",
                "       AID_DELIVERY SANCTION MEMBERSHIP EVACUATION TROOP_DEPLOYMENT INVESTIGATION (docs/events.md)",
                "", "Example:", "  wirewatch events --type ATTACK --entity Київ examples/corpus"})
final class EventsCommand implements Callable<Integer> {

    @Option(names = "--type", paramLabel = "T", description = "Only events of this type.")
    String type;

    @Option(names = "--entity", paramLabel = "NAME", description = "Only events this entity takes part in (actor, target, place or source), in any language or by id.")
    String entity;

    @Option(names = "--from", paramLabel = "D", description = "Only events on or after this day (ISO-8601).")
    String from;

    @Option(names = "--to", paramLabel = "D", description = "Only events on or before this day (ISO-8601).")
    String to;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Articles to read (any input analyze reads).")
    List<String> inputs;

    @Option(names = "--json", description = "Print one JSON object per event.")
    boolean json;

    @Mixin
    PipelineOptions pipelineOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (type != null && EventType.named(type).isEmpty()) {
            throw new ParameterException(spec.commandLine(), "unknown event type: " + type + " (see --help)");
        }
        for (String day : new String[] {from, to}) {
            if (day != null && !day.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
                throw new ParameterException(spec.commandLine(), "not an ISO-8601 day: " + day);
            }
        }
        PrintWriter err = spec.commandLine().getErr();
        EventSearch search = new EventSearch(pipelineOptions.knowledgeBase(), pipelineOptions.nameKeys(), new EventSearch.Filter(type, entity, from, to));
        Progress meter = new Progress(err, null, "read");
        AnalysisRun.run(inputs, InputLimits.defaults(), pipelineOptions.pipeline(false), pipelineOptions.threads, search::add, meter, err);
        PrintWriter out = spec.commandLine().getOut();
        ArticleJson jsonWriter = new ArticleJson();
        for (EventSearch.Found f : search.events()) {
            if (json) out.println(jsonWriter.mapper().valueToTree(f).toString());
            else print(out, f);
        }
        err.printf(Locale.ROOT, "wirewatch events: %d events%n", search.events().size());
        return ExitStatus.ofFailures(meter.failures());
    }

    private static void print(PrintWriter out, EventSearch.Found f) {
        Event e = f.event();
        out.printf(Locale.ROOT, "%s  %s  %s  actor=%s target=%s places=%s%s%s  [%s %s]%n", e.date() == null ? "----------" : e.date(),
                e.type(), e.cameo() == null ? "-" : e.cameo(), dash(e.actor()), dash(e.target()), e.locations().isEmpty() ? "-" : String.join(",", e.locations()),
                e.amounts().isEmpty() ? "" : "  amounts=" + e.amounts(), e.source() == null ? "" : "  source=" + e.source(), f.lang(), f.articleId());
        for (String sentence : f.evidence()) out.printf(Locale.ROOT, "    \u201C%s\u201D%n", sentence.replaceAll("\\s+", " ").strip());
    }

    private static String dash(String s) {
        return s == null ? "-" : s;
    }
}
