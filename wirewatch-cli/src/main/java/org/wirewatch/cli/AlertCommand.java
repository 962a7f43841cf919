package org.wirewatch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.wirewatch.index.alerts.Alerts;
import org.wirewatch.index.alerts.SavedAlert;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code wirewatch alert}: saved queries whose matches among newly stored articles are recorded (docs/alerts.md). */
@Command(name = "alert",
        mixinStandardHelpOptions = true,
        description = "Saves queries; every article ingest, watch or the API stores that matches one is recorded for it "
                + "(read at /api/alerts/NAME and /api/alerts/NAME.atom) and optionally POSTed to a webhook.",
        subcommands = {AlertCommand.Add.class, AlertCommand.ListAlerts.class, AlertCommand.Remove.class})
final class AlertCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    private static Alerts alerts(DataOptions data, PrintWriter err) {
        return Alerts.open(data.data, err::println);
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Save a query: articles stored from now on that match it are recorded for it.")
    static final class Add implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "NAME", description = "Letters, digits, '-' and '_'.")
        String name;

        @Parameters(index = "1", arity = "0..1", paramLabel = "QUERY", description = "In the search syntax (docs/index-and-server.md); omit to match every article the filters keep.")
        String query;

        @Option(names = "--entity", paramLabel = "NAME", description = "Only articles naming this entity (any language or script, or an id).")
        String entity;

        @Option(names = "--category", paramLabel = "ID", description = "Only articles in this category (e.g. air-strikes).")
        String category;

        @Option(names = "--lang", paramLabel = "L", description = "Only articles in this language.")
        String lang;

        @Option(names = "--webhook", paramLabel = "URL", description = "POST each match to this http(s) URL as JSON (retried with backoff; failures in DATA/alerts/webhook-failures.log).")
        String webhook;

        @Mixin
        DataOptions data;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            PrintWriter err = spec.commandLine().getErr();
            if (query == null && entity == null && category == null && lang == null) {
                err.println("wirewatch alert add: give a QUERY or at least one of --entity, --category, --lang");
                return Main.EXIT_USAGE;
            }
            try (Alerts alerts = alerts(data, err)) {
                SavedAlert alert = new SavedAlert(name, query, entity, category, lang, webhook, Instant.now().toString());
                alerts.book().add(alert);
                spec.commandLine().getOut().println("alert " + name + " saved; feed at /api/alerts/" + name + ".atom");
                return 0;
            } catch (IllegalArgumentException e) {
                err.println("wirewatch alert add: " + e.getMessage());
                return Main.EXIT_USAGE;
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the saved alerts with how many articles each matched.")
    static final class ListAlerts implements Callable<Integer> {
        @Mixin
        DataOptions data;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            try (Alerts alerts = alerts(data, spec.commandLine().getErr())) {
                for (SavedAlert a : alerts.book().list()) {
                    StringBuilder line = new StringBuilder(a.name()).append('\t').append(a.query() == null ? "" : a.query());
                    if (a.entity() != null) line.append("\t--entity ").append(a.entity());
                    if (a.category() != null) line.append("\t--category ").append(a.category());
                    if (a.lang() != null) line.append("\t--lang ").append(a.lang());
                    if (a.webhook() != null) line.append("\t--webhook ").append(a.webhook());
                    line.append("\tmatches ").append(alerts.matches().read(a.name()).size());
                    out.println(line);
                }
            }
            return 0;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a saved alert and the matches recorded for it.")
    static final class Remove implements Callable<Integer> {
        @Parameters(paramLabel = "NAME")
        String name;

        @Mixin
        DataOptions data;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            try (Alerts alerts = alerts(data, spec.commandLine().getErr())) {
                if (alerts.remove(name)) {
                    spec.commandLine().getOut().println("alert " + name + " removed");
                    return 0;
                }
                spec.commandLine().getErr().println("wirewatch alert remove: no alert named " + name);
                return 1;
            }
        }
    }
}
