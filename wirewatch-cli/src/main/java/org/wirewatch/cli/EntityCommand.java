package org.wirewatch.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.wirewatch.core.ingest.InputLimits;
import org.wirewatch.core.output.ArticleJson;
import org.wirewatch.core.query.EntityProfile;
import org.wirewatch.core.query.EntityProfiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "entity",
        mixinStandardHelpOptions = true,
        description = {
            "Shows an entity: its names by language, its offices over time (who was NATO Secretary General when), "
                + "and how often the given articles mention it.",
            "NAME may be written in any language or script (Blinken, Блинкен, Блінкен) or be an id (ww:blinken, Q…)."},
        footer = {"", "Example:", "  wirewatch entity Blinken examples/corpus ../shared/corpus/seeds"})
final class EntityCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "NAME", description = "The entity's name or id.")
    String name;

    @Parameters(index = "1..*", arity = "0..*", paramLabel = "PATH", description = "Articles to count mentions and offices in (any input analyze reads).")
    List<String> inputs = List.of();

    @Option(names = "--json", description = "Print the profile as JSON.")
    boolean json;

    @Mixin
    PipelineOptions pipelineOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        EntityProfiles profiles = new EntityProfiles(pipelineOptions.knowledgeBase(), pipelineOptions.nameKeys(), name);
        Progress meter = new Progress(err, null, "read");
        if (!inputs.isEmpty()) {
            AnalysisRun.run(inputs, InputLimits.defaults(), pipelineOptions.pipeline(false), pipelineOptions.threads,
                    profiles::add, meter, err);
        }
        var profile = profiles.profile();
        if (profile.isEmpty()) {
            err.println("wirewatch entity: nothing known as '" + name + "'");
            return 1;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(json ? new ArticleJson().toPrettyJson(profile.get()) : describe(profile.get()));
        return ExitStatus.ofFailures(meter.failures());
    }

    private static String describe(EntityProfile p) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "%s  %s  (%s)%n", p.name(), p.id(), p.type()));
        s.append(String.format(Locale.ROOT, "mentions: %d in %d articles%n", p.mentions(), p.articles()));
        s.append("names:\n");
        p.namesByLanguage().forEach((lang, forms) ->
                s.append(String.format(Locale.ROOT, "  %-3s %s%n", lang, String.join(", ", forms.subList(0, Math.min(8, forms.size()))))));
        if (!p.offices().isEmpty()) s.append("offices:\n");
        for (EntityProfile.Office o : p.offices()) {
            String when = o.to() == null ? (o.from() == null ? "" : o.from()) : o.from() + " .. " + o.to();
            s.append(String.format(Locale.ROOT, "  %-24s %-22s %-26s %-20s %s%n", when, o.holder() == null ? "" : o.holder(),
                    o.role(), o.org() == null ? "" : o.org(), o.source()));
        }
        return s.toString().stripTrailing();
    }
}
