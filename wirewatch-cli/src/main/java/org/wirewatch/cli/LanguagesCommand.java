package org.wirewatch.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.wirewatch.core.output.ArticleJson;
import org.wirewatch.core.output.LanguageRows;
import org.wirewatch.core.pipeline.LanguageSupport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "languages",
        mixinStandardHelpOptions = true,
        description = {
            "Lists the languages Wirewatch knows and what each stage does with them: 'yes' (the language's own rules, "
                + "word lists or dictionary), 'generic' (language-neutral rules only: numeric dates, shared cleaning cues, "
                + "the generic search analysis) or '-' (the stage skips the language and records an unsupported_language issue).",
            "A language comes from a language pack on the class path (docs/architecture.md) or from --languages. "
                + "identify: 'yes' for the --languages set (letters and Lingua), 'generic' for any other language Lingua knows "
                + "(named by a second opinion from all its languages when the set's letters do not decide)."},
        footer = {"", "Example:", "  wirewatch languages --json"})
final class LanguagesCommand implements Callable<Integer> {

    @Option(names = "--json", description = "Print the table as JSON.")
    boolean json;

    @Mixin
    PipelineOptions pipelineOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<LanguageSupport> table = pipelineOptions.pipeline(false).languageSupport();
        PrintWriter out = spec.commandLine().getOut();
        out.println(json ? new ArticleJson().toPrettyJson(LanguageRows.of(table)) : asText(table));
        return 0;
    }

    private static String asText(List<LanguageSupport> table) {
        if (table.isEmpty()) return "no languages";
        List<String> stages = List.copyOf(table.get(0).stages().keySet());
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%-5s %-14s", "code", "language"));
        for (String stage : stages) text.append(String.format(Locale.ROOT, " %-9s", stage));
        for (LanguageSupport s : table) {
            text.append('\n').append(String.format(Locale.ROOT, "%-5s %-14s", s.language().code(), s.language().englishName()));
            for (String stage : stages) text.append(String.format(Locale.ROOT, " %-9s", cell(s.of(stage))));
        }
        return text.toString();
    }

    private static String cell(LanguageSupport.Level level) {
        return switch (level) {
            case FULL -> "yes";
            case GENERIC -> "generic";
            case NONE -> "-";
        };
    }
}
