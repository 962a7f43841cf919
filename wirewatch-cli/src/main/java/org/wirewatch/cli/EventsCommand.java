package org.wirewatch.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.wirewatch.core.eventlink.EventLinker;
import org.wirewatch.core.eventlink.LinkedEvent;
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
                "", "Reports of one happening in several articles and languages are listed as one event with its mentions.",
                "", "Example:", "  wirewatch events --type ATTACK --entity Одеса examples/corpus"})
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
        List<LinkedEvent<EventSearch.Found>> linked = search.linked(new EventLinker(pipelineOptions.knowledgeBase()));
        for (LinkedEvent<EventSearch.Found> e : linked) {
            if (json) out.println(jsonWriter.mapper().valueToTree(e).toString());
            else print(out, e);
        }
        err.printf(Locale.ROOT, "wirewatch events: %d events (%d mentions)%n", linked.size(), search.events().size());
        return ExitStatus.ofFailures(meter.failures());
    }

    private static void print(PrintWriter out, LinkedEvent<EventSearch.Found> e) {
        List<EventSearch.Found> mentions = e.mentions();
        long articles = mentions.stream().map(EventSearch.Found::articleId).distinct().count();
        String langs = String.join(",", mentions.stream().map(EventSearch.Found::lang).filter(java.util.Objects::nonNull).distinct().sorted().toList());
        out.printf(Locale.ROOT, "%s  %s  %s  actor=%s target=%s places=%s  mentions=%d in %d articles (%s)%n", e.date() == null ? "----------" : e.date(),
                e.type(), e.cameo() == null ? "-" : e.cameo(), dash(e.actor()), dash(e.target()), e.locations().isEmpty() ? "-" : String.join(",", e.locations()),
                mentions.size(), articles, langs);
        for (EventSearch.Found f : mentions) {
            Event m = f.event();
            out.printf(Locale.ROOT, "  [%s %s]%s%s%n", f.lang(), f.articleId(), m.amounts().isEmpty() ? "" : "  amounts=" + m.amounts(),
                    m.source() == null ? "" : "  source=" + m.source());
            for (String sentence : f.evidence()) out.printf(Locale.ROOT, "    \u201C%s\u201D%n", sentence.replaceAll("\\s+", " ").strip());
        }
    }

    private static String dash(String s) {
        return s == null ? "-" : s;
    }
}
