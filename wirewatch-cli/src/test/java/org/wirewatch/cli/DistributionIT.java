package org.wirewatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release archives {@code mvn package} builds, unpacked into an empty directory and run the
 * way a user with only a JRE runs them: no Maven, no checkout, no ~/.m2, JAVA_HOME the only Java.
 * Runs in the integration-test phase ({@code mvn verify}), after the archives exist.
 */
class DistributionIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private Path home;

    @BeforeEach
    void unpack() throws Exception {
        Path archive = archive(".tar.gz");
        assertEquals(0, run(List.of("tar", "xzf", archive.toString()), dir, Map.of()).exitCode);
        try (var entries = Files.list(dir)) {
            home = entries.findFirst().orElseThrow();
        }
    }

    @Test
    void theUnpackedArchiveAnalysesTheExampleCorpus() throws Exception {
        Result r = run(List.of("bin/wirewatch", "analyze", "examples/corpus", "--no-progress", "-o", "out.jsonl"),
                home, Map.of());

        assertEquals(0, r.exitCode, r.output);
        List<String> ids = new ArrayList<>();
        for (String line : Files.readAllLines(home.resolve("out.jsonl"), StandardCharsets.UTF_8)) {
            JsonNode article = JSON.readTree(line);
            ids.add(article.get("id").asText());
            assertTrue(article.get("entities").isArray(), line);
        }
        assertTrue(ids.contains("01-vienna-talks-en") && ids.contains("09-vienna-analysis"), ids.toString());
        assertTrue(ids.size() >= 9, ids.toString());
    }

    @Test
    void versionAndLicencesAreInTheArchive() throws Exception {
        Result r = run(List.of("bin/wirewatch", "--version"), home, Map.of());

        assertEquals(0, r.exitCode, r.output);
        assertTrue(r.output.startsWith("wirewatch "), r.output);
        assertTrue(r.output.contains("commit "), r.output);
        assertTrue(Files.readString(home.resolve("LICENSE")).contains("Apache License"));
        assertTrue(Files.readString(home.resolve("THIRD-PARTY.md")).contains("`org.apache.lucene:lucene-core`"));
        assertTrue(Files.isRegularFile(home.resolve("lib/wirewatch-models-NOTICE.md")));
    }

    @Test
    void aNonAsciiFileNameOnTheCommandLineWorksUnderTheCLocale() throws Exception {
        Files.writeString(home.resolve("zpráva.txt"), "Radnice otevřela nový most přes řeku v úterý ráno.\n",
                StandardCharsets.UTF_8);

        Result r = run(List.of("bin/wirewatch", "analyze", "zpráva.txt", "--no-progress"), home,
                Map.of("LANG", "C", "LC_ALL", "C"));

        assertEquals(0, r.exitCode, r.output);
        assertTrue(r.output.contains("\"id\":\"zpráva\""), r.output);
    }

    @Test
    void theZipHoldsTheSameFilesAsTheTarball() throws Exception {
        List<String> zipped = new ArrayList<>();
        try (ZipFile zip = new ZipFile(archive(".zip").toFile())) {
            zip.stream().filter(e -> !e.isDirectory()).forEach(e -> zipped.add(e.getName()));
        }
        List<String> unpacked = new ArrayList<>();
        try (var files = Files.walk(dir)) {
            files.filter(Files::isRegularFile).forEach(f -> unpacked.add(dir.relativize(f).toString()));
        }
        Collections.sort(zipped);
        Collections.sort(unpacked);
        assertEquals(unpacked, zipped);
        assertTrue(zipped.stream().anyMatch(n -> n.endsWith("bin/wirewatch.cmd")), zipped.toString());
    }

    private static Path archive(String suffix) {
        String version = System.getProperty("wirewatch.version");
        Path archive = Path.of(System.getProperty("wirewatch.target"), "wirewatch-" + version + suffix);
        assertTrue(Files.isRegularFile(archive), "mvn package built " + archive);
        return archive;
    }

    /** Runs a command with only Java (JAVA_HOME) and the base system on PATH, HOME an empty directory. */
    private Result run(List<String> command, Path cwd, Map<String, String> extraEnv) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile()).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.clear();
        Path emptyHome = Files.createDirectories(dir.resolveSibling(dir.getFileName() + "-home"));
        env.put("HOME", emptyHome.toString());
        env.put("PATH", "/usr/bin" + File.pathSeparator + "/bin");
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.putAll(extraEnv);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "finished: " + command);
        return new Result(p.exitValue(), out);
    }

    private record Result(int exitCode, String output) {}
}
