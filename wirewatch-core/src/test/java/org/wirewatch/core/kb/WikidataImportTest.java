package org.wirewatch.core.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WikidataImportTest {
    @TempDir
    Path dir;

    private final List<String> problems = new ArrayList<>();
    private final ImportListener collect = (file, line, message) -> problems.add(file + ":" + line + ": " + message);

    private static List<String> sample() {
        return List.of(
                DumpLines.item("Q900001", Map.of("en", List.of("Antony Blinken", "Tony Blinken"),
                        "ru", List.of("Энтони Блинкен", "Блинкен"), "uk", List.of("Ентоні Блінкен", "Блінкен")),
                        List.of("Q5"), 60),
                DumpLines.item("Q900002", Map.of("ru", List.of("Иван Петренко"), "uk", List.of("Іван Петренко")),
                        List.of("Q5"), 0),
                DumpLines.item("Q900003", Map.of("en", List.of("Bilopillia"), "ru", List.of("Белополье"),
                        "uk", List.of("Білопілля")), List.of("Q3957"), 12),
                "{\"type\":\"item\",\"id\":\"Q900004\",\"labels\":{\"en\":{\"language\":\"en\",\"value\":\"Broken",
                DumpLines.item("Q900005", Map.of("de", List.of("Nur Deutsch"), "fr", List.of("Seulement français")),
                        List.of("Q5"), 3),
                DumpLines.item("Q900006", Map.of("en", List.of("Example Grid Company")), List.of("Q4830453", "Q783794"), 2),
                DumpLines.item("Q900007", Map.of("en", List.of("Kyiv (disambiguation)")), List.of("Q4167410"), 9),
                "{\"type\":\"property\",\"id\":\"P31\",\"labels\":{\"en\":{\"language\":\"en\",\"value\":\"instance of\"}}}");
    }

    @Test
    void keepsTypedItemsWithWantedLabelsAndReportsBadLinesByNumber() throws IOException {
        Path dump = dir.resolve("dump.json");
        Files.writeString(dump, DumpLines.dump(sample()));

        ImportSummary s = WikidataImport.run(dump, dir.resolve("data"), ImportSettings.defaults(), collect);

        assertEquals(10, s.lines());
        assertEquals(List.of(5L), s.malformed(), "line 1 is '[', so the fourth entity is on line 5");
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith(dump + ":5: "), problems.get(0));
        assertEquals(4, s.kept());
        assertEquals(1, s.withoutLabels());
        assertEquals(1, s.untyped());
        assertEquals(1, s.filtered(), "the property");

        List<KbEntity> stored = ImportedStore.read(WikidataImport.storedFile(dir.resolve("data")), problems::add);
        assertEquals(List.of("Q900001", "Q900002", "Q900003", "Q900006"), stored.stream().map(KbEntity::id).toList());
        KbEntity petrenko = stored.get(1);
        assertEquals(EntityType.PER, petrenko.type());
        assertEquals("Иван Петренко", petrenko.name(), "no English label: the first one there is");
        assertEquals(List.of("Энтони Блинкен", "Блинкен"), stored.get(0).labels("ru"), "label, then aliases");
        assertEquals(EntityType.LOC, stored.get(2).type());
        assertEquals(EntityType.ORG, stored.get(3).type());
        assertEquals(List.of("Q4830453", "Q783794"), stored.get(3).instanceOf());
    }

    @Test
    void importedItemsJoinTheBuiltInBaseUnderTheirQid() throws IOException {
        Path dump = dir.resolve("dump.json");
        Files.writeString(dump, DumpLines.dump(sample()));
        WikidataImport.run(dump, dir, ImportSettings.defaults(), collect);
        List<String> storeProblems = new ArrayList<>();

        KnowledgeBase kb = KnowledgeBases.withImported(dir, storeProblems::add);

        assertEquals("Q900001", kb.find("Блинкен", "ru").get(0).id());
        assertEquals(1, kb.find("Блинкен", "ru").size(), "one identity, not the built-in one beside it");
        assertEquals("Q900001", kb.byId("ww:blinken").orElseThrow().id(), "the built-in id still resolves");
        assertEquals("Secretary of State", kb.roles("Q900001").get(0).title(), "roles follow the merge");
        assertEquals("Q900002", kb.find("Іван Петренко", "uk").get(0).id());
        assertEquals("Q900003", kb.find("Белополье", "ru").get(0).id());
        assertEquals("ww:kyiv", kb.find("Kyiv", "en").get(0).id(), "built-in entries the dump lacks stay");
        assertEquals(KnowledgeBases.builtIn().size() + 4 - 1, kb.size());
        assertTrue(storeProblems.isEmpty(), storeProblems.toString());
    }

    @Test
    void aSharedNameInOneLanguageIsNotEnoughToMerge() throws IOException {
        Path dump = dir.resolve("dump.json");
        Files.writeString(dump, DumpLines.dump(List.of(
                DumpLines.item("Q900010", Map.of("en", List.of("Washington")), List.of("Q3957"), 40),
                DumpLines.item("Q1899", Map.of("en", List.of("Kyiv"), "de", List.of("Kiew")), List.of("Q515"), 300))));
        WikidataImport.run(dump, dir, ImportSettings.defaults(), collect);

        KnowledgeBase kb = KnowledgeBases.withImported(dir, problems::add);

        List<KbEntity> washington = kb.find("Washington", "en");
        assertEquals("ww:washington", washington.get(0).id(), "the curated capital comes before a town of the same name");
        assertEquals("Q900010", washington.get(1).id());
        assertEquals("Q1899", kb.find("Київ", "uk").get(0).id(), "a curated wikidata id merges on its own");
        assertEquals("Q1899", kb.byId("ww:kyiv").orElseThrow().id());
        assertEquals("Kyiv", kb.byId("Q1899").orElseThrow().name());
        assertTrue(kb.byId("Q1899").orElseThrow().labels("ru").contains("Киев"), "built-in names join the item's");
    }

    @Test
    void gzipAndBzip2DumpsReadLikePlainOnes() throws IOException {
        byte[] text = DumpLines.dump(sample()).getBytes(StandardCharsets.UTF_8);
        Path gz = dir.resolve("dump.json.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(text);
        }
        Path bz2 = dir.resolve("dump.json.bz2");
        try (OutputStream out = new BZip2CompressorOutputStream(Files.newOutputStream(bz2))) {
            out.write(text);
        }
        assertEquals(4, WikidataImport.run(gz, dir.resolve("a"), ImportSettings.defaults(), collect).kept());
        assertEquals(4, WikidataImport.run(bz2, dir.resolve("b"), ImportSettings.defaults(), collect).kept());
    }

    @Test
    void settingsNarrowWhatIsKept() throws IOException {
        Path dump = dir.resolve("dump.json");
        Files.writeString(dump, DumpLines.dump(sample()));
        ImportSummary onlyProminent = WikidataImport.run(dump, dir.resolve("a"),
                new ImportSettings(List.of("en", "ru", "uk"), false, 10), collect);
        assertEquals(2, onlyProminent.kept(), "Blinken (60) and Bilopillia (12)");
        ImportSummary withUntyped = WikidataImport.run(dump, dir.resolve("b"),
                new ImportSettings(List.of("en"), true, 0), collect);
        assertEquals(4, withUntyped.kept(), "English labels only, the disambiguation page kept as MISC");
    }

    @Test
    void aFailedImportLeavesThePreviousOneInPlace() throws IOException {
        Path dump = dir.resolve("dump.json");
        Files.writeString(dump, DumpLines.dump(sample()));
        WikidataImport.run(dump, dir, ImportSettings.defaults(), collect);
        Path broken = dir.resolve("broken.json.gz");
        Files.write(broken, new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0});   // a gzip header, then nothing

        assertThrows(IOException.class, () -> WikidataImport.run(broken, dir, ImportSettings.defaults(), collect));

        assertEquals(4, ImportedStore.read(WikidataImport.storedFile(dir), problems::add).size());
        try (Stream<Path> files = Files.list(dir.resolve("kb"))) {
            assertEquals(List.of("wikidata.jsonl.gz"), files.map(p -> p.getFileName().toString()).toList(), "no temp file left");
        }
    }

    @Test
    void aDamagedStoreLineIsReportedWithFileAndLineAndTheRestLoads() throws IOException {
        Path file = WikidataImport.storedFile(dir);
        Files.createDirectories(file.getParent());
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(("{\"id\":\"Q1\",\"type\":\"LOC\",\"name\":\"Somewhere\",\"labels\":{\"en\":[\"Somewhere\"]},\"p31\":[]}\n"
                    + "{\"id\":\"Q2\",\"type\":\"NOPE\",\"labels\":{\"en\":[\"X\"]}}\n"
                    + "{not json\n"
                    + "{\"id\":\"Q3\",\"type\":\"PER\",\"name\":\"Someone\",\"labels\":{\"en\":[\"Someone\"]},\"p31\":[\"Q5\"]}\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        KnowledgeBase kb = KnowledgeBases.withImported(dir, problems::add);
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith(file + ":2: "), problems.get(0));
        assertTrue(problems.get(1).startsWith(file + ":3: "), problems.get(1));
        assertEquals("Q3", kb.find("Someone", "en").get(0).id());
    }

    @Test
    void withoutAnImportTheBuiltInBaseIsUsed() {
        assertEquals(KnowledgeBases.builtIn(), KnowledgeBases.withImported(dir.resolve("nothing-here"), problems::add));
    }
}
