package org.wirewatch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.wirewatch.bench.corpus.CorpusGenerator;
import org.wirewatch.bench.corpus.CorpusWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "generate",
        mixinStandardHelpOptions = true,
        description = {
            "Writes a synthetic multilingual news corpus with gold story ids.",
            "For scale tests: English, Russian and Ukrainian pages of 3-5 KB with",
            "scraped furniture, from Wirewatch's own templates. Each JSONL line is",
            "analyze input (id, title, lang, published, source, text) plus gold:",
            "story, role (original, translation, near-duplicate) and derived_from.",
            "Every story has two or more articles and a translation. Same seed,",
            "same corpus; output is streamed, so a million articles fit."},
        footer = {"", "Example:", "  wirewatch generate --articles 100000 --stories 10000 -o day.jsonl.gz"})
final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--articles", required = true, paramLabel = "N", description = "Articles to write.")
    int articles;

    @Option(names = "--stories", paramLabel = "K", description = "Stories they belong to (at most N/2). Default: N/10.")
    Integer stories;

    @Option(names = "--seed", paramLabel = "S", description = "Seed. Default: ${DEFAULT-VALUE}.")
    long seed = 42;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "JSONL file to write; gzip-compressed when it ends in .gz. Default: standard output.")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        int k = stories == null ? CorpusGenerator.defaultStories(articles) : stories;
        if (articles < 2 || k < 1 || 2L * k > articles) {
            err.printf(Locale.ROOT, "error: need --articles >= 2 and 1 <= --stories <= articles/2 (got %d articles, %d stories)%n", articles, k);
            return Main.EXIT_USAGE;
        }
        long started = System.nanoTime();
        CorpusGenerator generator = new CorpusGenerator(articles, k, seed);
        try (CorpusWriter writer = output == null ? CorpusWriter.toWriter(spec.commandLine().getOut()) : CorpusWriter.toFile(output)) {
            generator.generate(writer::write);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        err.printf(Locale.ROOT, "wirewatch generate: %,d articles in %,d stories (seed %d) in %.1f s%n", articles, k, seed, seconds);
        return 0;
    }
}
