package org.wirewatch.bench.micro;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.wirewatch.core.extract.ner.cues.NameCues;
import org.wirewatch.core.extract.ner.cues.NameCuesRegistry;
import org.wirewatch.core.linguistics.text.Sentence;
import org.wirewatch.core.linguistics.text.TextSplitter;
import org.wirewatch.core.linguistics.text.Tokenizer;

/**
 * Tokenising and sentence splitting on the five raw seeds, one thread, against splitting at white
 * space; with the role cues run over every sentence, as entity recognition does.
 */
final class TextSplitterBenchmark implements Microbenchmark {
    private final MicroData data;
    private final Rates rates = new Rates(3, 5);

    private record Doc(String text, String lang) {}

    TextSplitterBenchmark(MicroData data) {
        this.data = data;
    }

    @Override
    public String name() {
        return "text";
    }

    @Override
    public String about() {
        return "Tokenizer, TextSplitter and the role cues on the raw seeds, MB/s and docs/s";
    }

    @Override
    public void run(PrintStream out) {
        List<Doc> docs = new ArrayList<>();
        for (Path p : data.seeds()) docs.add(new Doc(MicroData.read(p), MicroData.seedLang(p)));
        long bytes = docs.stream().mapToLong(d -> d.text().getBytes(StandardCharsets.UTF_8).length).sum();
        long chars = docs.stream().mapToLong(d -> d.text().length()).sum();
        out.printf(Locale.ROOT, "%d seed docs, %d UTF-8 bytes, %d chars (%.1f KB per doc)%n", docs.size(), bytes, chars,
                bytes / 1024.0 / docs.size());

        TextSplitter splitter = new TextSplitter();
        Tokenizer tokenizer = new Tokenizer();
        NameCuesRegistry registry = NameCuesRegistry.standard();
        Report report = new Report(out, bytes, chars, docs.size());
        report.line("String.split(\\s+) baseline", rates.perSecond(docs, d -> d.text().split("\\s+").length));
        report.line("Tokenizer.tokens()", rates.perSecond(docs, d -> tokenizer.tokens(d.text()).size()));
        report.line("TextSplitter.sentences()", rates.perSecond(docs, d -> splitter.sentences(d.text(), d.lang()).size()));
        report.line("sentences() + NameCues.roles() per sentence", rates.perSecond(docs, d -> {
            NameCues cues = registry.forLanguage(d.lang());
            long n = 0;
            for (Sentence s : splitter.sentences(d.text(), d.lang())) n += cues.roles(s.tokens()).size();
            return n;
        }));
    }

    /** Prints a docs/s figure with the MB/s and chars/s it comes to on these docs. */
    private record Report(PrintStream out, long bytes, long chars, int docs) {
        void line(String what, double docsPerSecond) {
            out.printf(Locale.ROOT, "%-45s %7.1f MB/s UTF-8  %7.1f M chars/s  %8.0f docs/s%n", what,
                    docsPerSecond * bytes / docs / 1e6, docsPerSecond * chars / docs / 1e6, docsPerSecond);
        }
    }
}
