package org.wirewatch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.wirewatch.core.output.ArticleJson;
import org.wirewatch.core.story.Story;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "story",
        mixinStandardHelpOptions = true,
        description = {
            "Shows one story of the given articles: headline per language, languages, sources, time span, top entities, "
                + "timeline of articles (with duplicates and translations marked) and merged story ids.",
            "Story ids come from `wirewatch stories` over the same inputs; an id merged into another finds the survivor; "
                + "an article id finds the story the article is in."},
        footer = {"", "Example:", "  wirewatch story 01-vienna-talks-en examples/corpus"})
final class StoryCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "ID", description = "The story id, or the id of an article in the story.")
    String id;

    @Parameters(index = "1..*", arity = "0..*", paramLabel = "PATH",
            description = "Articles (any input analyze reads); without them, the stories stored under --data by ingest.")
    List<String> inputs = List.of();

    @Option(names = "--json", description = "Print the story record as JSON.")
    boolean json;

    @Mixin
    PipelineOptions pipelineOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Progress meter = new Progress(err, null, "analysed");
        List<Story> stories;
        try {
            stories = StoryRun.stories(inputs, pipelineOptions, meter, err);
        } catch (IOException e) {
            return StoreFailure.report(err, "story", e);
        }
        Optional<Story> story = stories.stream()
                .filter(s -> s.id().equals(id) || s.mergedIds().contains(id))
                .findFirst()
                .or(() -> stories.stream().filter(s -> s.timeline().stream().anyMatch(item -> id.equals(item.article()))).findFirst());
        if (story.isEmpty()) {
            err.println("wirewatch story: no story '" + id + "' in " + (inputs.isEmpty() ? "the stories stored in " + pipelineOptions.data : "the given articles"));
            return 1;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(json ? new ArticleJson().toPrettyJson(story.get()) : describe(story.get()));
        return ExitStatus.ofFailures(meter.failures());
    }

    private static String describe(Story s) {
        StringBuilder b = new StringBuilder();
        b.append(s.id()).append('\n');
        s.headlines().forEach((lang, h) -> b.append("  headline ").append(lang).append(": ").append(h).append('\n'));
        b.append("  languages: ").append(String.join(", ", s.languages())).append('\n');
        b.append("  sources: ").append(String.join(", ", s.sources())).append('\n');
        b.append("  time: ").append(s.start()).append(" .. ").append(s.end()).append('\n');
        b.append("  entities:");
        s.topEntities().forEach(e -> b.append(' ').append(e.name()).append(" (").append(e.id()).append(", ").append(e.mentions()).append(')'));
        b.append('\n');
        if (!s.mergedIds().isEmpty()) b.append("  merged: ").append(String.join(", ", s.mergedIds())).append('\n');
        b.append("  timeline:\n");
        for (Story.StoryItem item : s.timeline()) {
            b.append("    ").append(item.published() == null ? "?" : item.published()).append("  ").append(item.lang()).append("  ")
                    .append(item.unit());
            if (item.translationOf() != null) b.append("  translation of ").append(item.translationOf());
            if (item.duplicateOf() != null) b.append("  duplicate of ").append(item.duplicateOf());
            if (!item.events().isEmpty()) b.append("  events ").append(String.join(",", item.events()));
            b.append("  ").append(item.title() == null ? "" : item.title()).append('\n');
        }
        return b.toString().stripTrailing();
    }
}
