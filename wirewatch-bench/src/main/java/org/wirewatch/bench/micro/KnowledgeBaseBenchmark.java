package org.wirewatch.bench.micro;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;
import org.wirewatch.core.kb.EntityType;
import org.wirewatch.core.kb.ImportSettings;
import org.wirewatch.core.kb.ImportSummary;
import org.wirewatch.core.kb.KnowledgeBase;
import org.wirewatch.core.kb.KnowledgeBases;
import org.wirewatch.core.kb.WikidataImport;
import org.wirewatch.core.lang.LanguagePacks;

/**
 * Load time, heap, size and look-up speed of the built-in knowledge base, then of one with 200,000
 * imported (synthetic) Wikidata items: how long the import and loading it take and what it costs in
 * heap. The first-call figures are only true in a fresh JVM, so run it alone.
 */
final class KnowledgeBaseBenchmark implements Microbenchmark {
    private static final org.wirewatch.core.linguistics.morph.DemonymInflections DEMONYM_INFLECTIONS = LanguagePacks.discover().demonymInflections();
    private static final int IMPORTED = 200_000;
    private static final List<String[]> QUERIES = List.of(new String[] {"Kyiv", "en"}, new String[] {"Києві", "uk"},
            new String[] {"Блинкен", "ru"}, new String[] {"the Alliance", "en"}, new String[] {"Nowhereville", "en"},
            new String[] {"Північноатлантичний альянс", "uk"}, new String[] {"Erdoğan", "en"}, new String[] {"США", "ru"});
    private static final List<String[]> DEMONYMS = List.of(new String[] {"российских", "ru"}, new String[] {"Russian", "en"},
            new String[] {"російських", "uk"}, new String[] {"forces", "en"});

    private final Rates rates = new Rates(1, 3);

    @Override
    public String name() {
        return "kb";
    }

    @Override
    public String about() {
        return "knowledge base load, heap and find() rates, built-in and with 200,000 imported items (fresh JVM)";
    }

    @Override
    public void run(PrintStream out) throws Exception {
        long heapBefore = Rates.usedHeap();
        long t0 = System.nanoTime();
        KnowledgeBase kb = KnowledgeBases.builtIn();
        long loaded = System.nanoTime();
        long heapAfter = Rates.usedHeap();
        long labels = kb.entities().mapToLong(e -> e.labels().values().stream().mapToLong(List::size).sum()).sum();
        print(out, "built-in: first call %.0f ms; heap +%d MB; %d entities (%d iso:, %d PER, %d ORG, %d LOC), %d labels",
                (loaded - t0) / 1e6, (heapAfter - heapBefore) >> 20, kb.size(),
                kb.entities().filter(e -> e.id().startsWith("iso:")).count(), count(kb, EntityType.PER),
                count(kb, EntityType.ORG), count(kb, EntityType.LOC), labels);
        print(out, "find(): %.0f calls/s, 1 thread (mix of hits and misses)", rates.perSecond(QUERIES, finding(kb)));
        print(out, "countryOfDemonym(): %.0f calls/s, 1 thread",
                rates.perSecond(DEMONYMS, w -> kb.countryOfDemonym(w[0], w[1], DEMONYM_INFLECTIONS).isPresent() ? 1 : 0));

        Path dir = Files.createTempDirectory("wirewatch-kb-bench");
        try {
            Path dump = dir.resolve("dump.json");
            long size = SyntheticDump.write(dump, IMPORTED);
            long i0 = System.nanoTime();
            ImportSummary s = WikidataImport.run(dump, dir, ImportSettings.defaults(), (f, l, m) -> {});
            long i1 = System.nanoTime();
            print(out, "import: %d items (%d MB of dump JSON) in %.1f s = %.0f items/s; store %d KB",
                    s.kept(), size >> 20, (i1 - i0) / 1e9, s.kept() / ((i1 - i0) / 1e9), Files.size(WikidataImport.storedFile(dir)) >> 10);
            long h0 = Rates.usedHeap();
            long w0 = System.nanoTime();
            KnowledgeBase big = KnowledgeBases.withImported(dir, m -> {});
            long w1 = System.nanoTime();
            long h1 = Rates.usedHeap();
            print(out, "withImported: %d entities in %.1f s; heap +%d MB (about %d bytes an imported item)",
                    big.size(), (w1 - w0) / 1e9, (h1 - h0) >> 20, (h1 - h0) / Math.max(1, s.kept()));
            print(out, "find() on it: %.0f calls/s", rates.perSecond(QUERIES, finding(big)));
        } finally {
            TempDirs.delete(dir);
        }
    }

    private static ToLongFunction<String[]> finding(KnowledgeBase kb) {
        return q -> kb.find(q[0], q[1]).size();
    }

    private static long count(KnowledgeBase kb, EntityType t) {
        return kb.entities().filter(e -> e.type() == t).count();
    }

    private static void print(PrintStream out, String format, Object... args) {
        out.println(String.format(Locale.ROOT, format, args));
    }
}
