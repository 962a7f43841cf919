package org.wirewatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewatch.core.kb.EntityType;
import org.wirewatch.core.kb.KnowledgeBase;
import org.wirewatch.core.kb.KnowledgeBases;

class KbImportCommandTest {
    @TempDir
    Path dir;

    /** One dump line in Wikidata's shape: labels (first per language) and aliases (the rest), P31, sitelinks. */
    private static String item(String id, String p31, int sitelinks, String... langNames) {
        StringBuilder labels = new StringBuilder();
        StringBuilder aliases = new StringBuilder();
        for (String ln : langNames) {
            String lang = ln.substring(0, 2);
            String[] names = ln.substring(3).split("\\|");
            if (labels.length() > 0) labels.append(',');
            labels.append("\"%s\":{\"language\":\"%s\",\"value\":\"%s\"}".formatted(lang, lang, names[0]));
            List<String> as = new ArrayList<>();
            for (int i = 1; i < names.length; i++) as.add("{\"language\":\"%s\",\"value\":\"%s\"}".formatted(lang, names[i]));
            if (!as.isEmpty()) {
                if (aliases.length() > 0) aliases.append(',');
                aliases.append("\"%s\":[%s]".formatted(lang, String.join(",", as)));
            }
        }
        String claims = p31 == null ? "{}" : ("{\"P31\":[{\"mainsnak\":{\"snaktype\":\"value\",\"property\":\"P31\","
                + "\"datavalue\":{\"value\":{\"entity-type\":\"item\",\"id\":\"%s\"},\"type\":\"wikibase-entityid\"}},"
                + "\"type\":\"statement\",\"rank\":\"normal\"}]}").formatted(p31);
        StringBuilder links = new StringBuilder();
        for (int i = 0; i < sitelinks; i++) links.append(i == 0 ? "" : ",").append("\"l%dwiki\":{\"site\":\"l%dwiki\",\"title\":\"t\"}".formatted(i, i));
        return "{\"type\":\"item\",\"id\":\"%s\",\"labels\":{%s},\"aliases\":{%s},\"claims\":%s,\"sitelinks\":{%s}}"
                .formatted(id, labels, aliases, claims, links);
    }

    private Path gzipDump(String name, String... lines) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(("[\n" + String.join(",\n", lines) + "\n]\n").getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    @Test
    void importedPeopleArePartOfTheKnowledgeBaseUnderTheirQid() throws IOException {
        Path dump = gzipDump("latest-all.json.gz",
                item("Q800001", "Q5", 50, "en:Antony Blinken|Tony Blinken", "ru:Энтони Блинкен|Блинкен", "uk:Ентоні Блінкен|Блінкен"),
                item("Q800002", "Q5", 1, "ru:Мария Тестова", "uk:Марія Тестова"),
                item("Q800003", "Q515", 20, "en:Example City", "ru:Примерск", "uk:Прикладськ"),
                "{\"type\":\"item\",\"id\":\"Q800004\",\"labels\":{\"en\":",
                item("Q800005", "Q43229", 4, "en:Example Watch Group"),
                item("Q800006", "Q5", 2, "de:Nur Deutsch"),
                item("Q800007", "Q5", 2, "en:Petra Example", "ru:Петра Пример"));
        Path data = dir.resolve("data");

        CliRun run = CliRun.of("kb", "import", dump.toString(), "--data", data.toString());

        assertEquals(1, run.exitCode(), "one malformed line:\n" + run.err());
        assertTrue(run.err().contains(dump + ":5: malformed entity skipped"), run.err());
        assertTrue(run.err().contains("5 kept"), run.err());
        assertTrue(run.err().contains("1 without en/ru/uk labels"), run.err());
        assertTrue(run.err().contains("1 malformed (lines 5)"), run.err());

        KnowledgeBase kb = KnowledgeBases.withImported(data);
        assertEquals("Q800001", kb.find("Блинкен", "ru").get(0).id());
        assertEquals("Q800001", kb.find("Блінкен", "uk").get(0).id());
        assertEquals("Q800001", kb.find("Blinken", "en").get(0).id(), "the built-in surname label joins the item");
        assertEquals(EntityType.PER, kb.find("Марія Тестова", "uk").get(0).type());
        assertEquals(EntityType.LOC, kb.find("Примерск", "ru").get(0).type());
        assertEquals(EntityType.ORG, kb.find("Example Watch Group", "en").get(0).type());
    }

    @Test
    void reImportReplacesThePreviousImportWhole() throws IOException {
        Path data = dir.resolve("data");
        CliRun first = CliRun.of("kb", "import", gzipDump("one.json.gz", item("Q800010", "Q5", 1, "en:First Person")).toString(),
                "--data", data.toString());
        assertEquals(0, first.exitCode(), first.err());
        assertEquals("Q800010", KnowledgeBases.withImported(data).find("First Person", "en").get(0).id());

        CliRun second = CliRun.of("kb", "import", gzipDump("two.json.gz", item("Q800011", "Q5", 1, "en:Second Person")).toString(),
                "--data", data.toString(), "--languages", "en");
        assertEquals(0, second.exitCode(), second.err());

        KnowledgeBase kb = KnowledgeBases.withImported(data);
        assertTrue(kb.find("First Person", "en").isEmpty(), "the old import is gone");
        assertEquals("Q800011", kb.find("Second Person", "en").get(0).id());
        try (Stream<Path> files = Files.list(data.resolve("kb"))) {
            assertEquals(List.of("wikidata.jsonl.gz"), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void aTruncatedDumpStopsTheImportAndKeepsThePreviousOne() throws IOException {
        Path data = dir.resolve("data");
        CliRun.of("kb", "import", gzipDump("one.json.gz", item("Q800010", "Q5", 1, "en:First Person")).toString(),
                "--data", data.toString());
        Path whole = gzipDump("two.json.gz", item("Q800011", "Q5", 1, "en:Second Person"));
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = dir.resolve("cut.json.gz");
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 2));

        CliRun run = CliRun.of("kb", "import", cut.toString(), "--data", data.toString());

        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("error: " + cut + ": import stopped"), run.err());
        assertEquals("Q800010", KnowledgeBases.withImported(data).find("First Person", "en").get(0).id());
    }

    @Test
    void aMissingDumpIsAUsageError() {
        CliRun run = CliRun.of("kb", "import", dir.resolve("nope.json.gz").toString(), "--data", dir.toString());
        assertEquals(Main.EXIT_USAGE, run.exitCode());
        assertTrue(run.err().contains("nope.json.gz"), run.err());
    }

    @Test
    void kbWithoutASubcommandExplainsItself() {
        CliRun run = CliRun.of("kb", "import", "--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("--languages"), run.out());
    }
}
