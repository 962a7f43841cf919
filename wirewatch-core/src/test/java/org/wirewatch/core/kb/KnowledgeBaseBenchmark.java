package org.wirewatch.core.kb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewatch.core.lang.LanguagePacks;
import org.wirewatch.core.linguistics.morph.DemonymInflections;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Load time, heap, size and lookup speed of the knowledge base. Not a unit test (its name keeps it
 * out of the default surefire run); run it alone, so nothing else has built the base:
 * {@code mvn -B -q -o -pl wirewatch-core test -Dtest=KnowledgeBaseBenchmark}
 */
class KnowledgeBaseBenchmark {
    private static final DemonymInflections INFLECTIONS = LanguagePacks.discover().demonymInflections();
    @TempDir
    Path dir;

    @Test
    void load_heap_and_lookups() throws IOException {
        long heapBefore = usedHeap();
        long t0 = System.nanoTime();
        KnowledgeBase kb = KnowledgeBases.builtIn();
        long loaded = System.nanoTime();
        long heapAfter = usedHeap();
        long labels = kb.entities().mapToLong(e -> e.labels().values().stream().mapToLong(List::size).sum()).sum();
        print("built-in: first call %.0f ms; heap +%d MB; %d entities (%d iso:, %d PER, %d ORG, %d LOC), %d labels",
                (loaded - t0) / 1e6, (heapAfter - heapBefore) >> 20, kb.size(),
                kb.entities().filter(e -> e.id().startsWith("iso:")).count(), count(kb, EntityType.PER),
                count(kb, EntityType.ORG), count(kb, EntityType.LOC), labels);

        List<String[]> queries = List.of(new String[] {"Kyiv", "en"}, new String[] {"Києві", "uk"},
                new String[] {"Блинкен", "ru"}, new String[] {"the Alliance", "en"}, new String[] {"Nowhereville", "en"},
                new String[] {"Північноатлантичний альянс", "uk"}, new String[] {"Erdoğan", "en"}, new String[] {"США", "ru"});
        print("find(): %.0f calls/s, 1 thread (mix of hits and misses)", perSecond(() -> {
            int n = 0;
            for (String[] q : queries) n += kb.find(q[0], q[1]).size();
            return n;
        }, queries.size()));
        List<String[]> words = List.of(new String[] {"российских", "ru"}, new String[] {"Russian", "en"},
                new String[] {"російських", "uk"}, new String[] {"forces", "en"});
        print("countryOfDemonym(): %.0f calls/s, 1 thread", perSecond(() -> {
            int n = 0;
            for (String[] w : words) n += kb.countryOfDemonym(w[0], w[1], INFLECTIONS).isPresent() ? 1 : 0;
            return n;
        }, words.size()));

        // A synthetic import of 200,000 items: how long withImported takes and what it costs in heap.
        Path dump = dir.resolve("dump.json");
        try (var out = Files.newBufferedWriter(dump)) {
            out.write("[\n");
            for (int i = 0; i < 200_000; i++) {
                if (i > 0) out.write(",\n");
                out.write(DumpLines.item("Q" + (1_000_000 + i), Map.of("en", List.of("Person " + i), "ru", List.of("Персона " + i),
                        "uk", List.of("Персона " + i, "Особа " + i)), List.of("Q5"), i % 50));
            }
            out.write("\n]\n");
        }
        long size = Files.size(dump);
        long i0 = System.nanoTime();
        ImportSummary s = WikidataImport.run(dump, dir, ImportSettings.defaults(), (f, l, m) -> {});
        long i1 = System.nanoTime();
        print("import: %d items (%d MB of dump JSON) in %.1f s = %.0f items/s; store %d KB",
                s.kept(), size >> 20, (i1 - i0) / 1e9, s.kept() / ((i1 - i0) / 1e9), Files.size(WikidataImport.storedFile(dir)) >> 10);
        long h0 = usedHeap();
        long w0 = System.nanoTime();
        KnowledgeBase big = KnowledgeBases.withImported(dir, m -> {});
        long w1 = System.nanoTime();
        long h1 = usedHeap();
        print("withImported: %d entities in %.1f s; heap +%d MB (about %d bytes an imported item)",
                big.size(), (w1 - w0) / 1e9, (h1 - h0) >> 20, (h1 - h0) / s.kept());
        print("find() on it: %.0f calls/s", perSecond(() -> {
            int n = 0;
            for (String[] q : queries) n += big.find(q[0], q[1]).size();
            return n;
        }, queries.size()));
        assertTrue(big.size() > kb.size());
    }

    private static long count(KnowledgeBase kb, EntityType t) {
        return kb.entities().filter(e -> e.type() == t).count();
    }

    /** Calls per second of a batch of {@code perBatch} calls, after a warm-up. */
    private static double perSecond(java.util.function.IntSupplier batch, int perBatch) {
        long sink = 0;
        long end = System.nanoTime() + 1_000_000_000L;
        while (System.nanoTime() < end) sink += batch.getAsInt();
        long calls = 0;
        long t0 = System.nanoTime();
        end = t0 + 3_000_000_000L;
        while (System.nanoTime() < end) {
            sink += batch.getAsInt();
            calls += perBatch;
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (sink == 42) System.out.print("");
        return calls / seconds;
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) System.gc();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static void print(String format, Object... args) {
        System.out.println("[kb benchmark] " + String.format(Locale.ROOT, format, args));
    }
}
