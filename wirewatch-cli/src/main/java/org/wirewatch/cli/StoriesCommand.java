package org.wirewatch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.wirewatch.core.output.ArticleJson;
import org.wirewatch.core.query.EntityProfiles;
import org.wirewatch.core.story.Story;
import org.wirewatch.core.story.StoryFilter;
import org.wirewatch.core.story.TrendSettings;
import org.wirewatch.core.story.Trending;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "stories",
        mixinStandardHelpOptions = true,
        description = {
            "Groups the given articles, in any language, into stories and lists them, biggest first: id, time span, "
                + "languages, number of articles, headline (docs/stories.md).",
            "The articles are analysed in memory; with --json each story is printed as one JSON record per line."},
        footer = {"", "Example:", "  wirewatch stories --entity Blinken examples/corpus"})
final class StoriesCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "PATH",
            description = "Articles (any input analyze reads); without them, the stories stored under --data by ingest.")
    List<String> inputs = List.of();

    @Option(names = "--from", paramLabel = "DATE", description = "Only stories still running on or after this day (YYYY-MM-DD).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Only stories begun on or before this day (YYYY-MM-DD).")
    LocalDate to;

    @Option(names = "--entity", paramLabel = "NAME", description = "Only stories about this entity (a name in any language, or an id).")
    String entity;

    @Option(names = "--json", description = "One JSON story record per line.")
    boolean json;

    @Option(names = "--trending", description = "List the stories with articles in the recent window, highest trending score first: "
            + "id, score, breaking or -, articles in the window, expected from the story's history, languages, headline (docs/stories.md, Trending).")
    boolean trending;

    @Option(names = "--window", paramLabel = "HOURS", description = "With --trending: the recent window in hours of article time. Default: 6.")
    int windowHours = TrendSettings.defaults().windowHours();

    @Option(names = "--now", paramLabel = "TIME",
            description = "With --trending: the end of the window (ISO-8601 date or time). Default: the newest article's time.")
    String now;

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
            return StoreFailure.report(err, "stories", e);
        }
        StoryFilter filter = new StoryFilter(from, to, entity == null ? Set.of() : entityKeys());
        PrintWriter out = spec.commandLine().getOut();
        ArticleJson jsonOut = new ArticleJson();
        if (trending) {
            try {
                printTrending(stories, filter, out, jsonOut);
            } catch (IllegalArgumentException e) {
                err.println("stories: " + e.getMessage());
                return Main.EXIT_USAGE;
            }
            return ExitStatus.ofFailures(meter.failures());
        }
        stories.stream()
                .filter(filter)
                .sorted((a, b) -> b.timeline().size() != a.timeline().size() ? b.timeline().size() - a.timeline().size() : a.id().compareTo(b.id()))
                .forEach(s -> out.println(json ? jsonOut.toPrettyJson(s).replaceAll("\\s*\\n\\s*", " ") : line(s)));
        return ExitStatus.ofFailures(meter.failures());
    }

    /** A story's trend beside the story, as --trending --json prints it. */
    record StoryTrend(Trending.Trend trend, Story story) {}

    /** Ranks every story (the median counts them all), then prints those the filter keeps. */
    private void printTrending(List<Story> stories, StoryFilter filter, PrintWriter out, ArticleJson jsonOut) {
        Trending.Ranking ranking = Trending.rank(Trending.arrivals(stories), TrendSettings.defaults().withWindowHours(windowHours), now);
        Map<String, Story> byId = new HashMap<>();
        for (Story s : stories) byId.put(s.id(), s);
        for (Trending.Trend t : ranking.trends()) {
            Story s = byId.get(t.story());
            if (!filter.test(s)) continue;
            out.println(json ? jsonOut.toPrettyJson(new StoryTrend(t, s)).replaceAll("\\s*\\n\\s*", " ")
                    : String.format(Locale.ROOT, "%s\t%.3f\t%s\t%d\t%.1f\t%s\t%s", s.id(), t.score(), t.breaking() ? "breaking" : "-",
                            t.recent(), t.expected(), String.join(",", s.languages()), headline(s)));
        }
    }

    private static String headline(Story s) {
        return s.headlines().getOrDefault("en", s.headlines().values().stream().findFirst().orElse(""));
    }

    /** The name as given, and the id the knowledge base knows it by (so "Блинкен" finds ww:blinken). */
    private Set<String> entityKeys() {
        Set<String> keys = new HashSet<>(Set.of(entity));
        new EntityProfiles(pipelineOptions.knowledgeBase(), pipelineOptions.nameKeys(), entity).profile().ifPresent(p -> keys.add(p.id()));
        return keys;
    }

    static String line(Story s) {
        return String.format(Locale.ROOT, "%s\t%s..%s\t%s\t%d\t%s", s.id(), day(s.start()), day(s.end()),
                String.join(",", s.languages()), s.timeline().size(), headline(s));
    }

    private static String day(String iso) {
        return iso == null ? "?" : iso.substring(0, 10);
    }
}
