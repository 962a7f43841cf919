package org.wirewatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VersionAndCompletionTest {
    @TempDir
    Path dir;

    @Test
    void versionNamesTheReleaseAndTheCommit() {
        CliRun run = CliRun.of("--version");

        assertEquals(0, run.exitCode());
        String[] lines = run.outLines();
        assertTrue(lines[0].matches("wirewatch \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), run.out());
        // built from this checkout: the abbreviated commit, "-dirty" when files were changed
        assertTrue(lines[1].matches("commit [0-9a-f]{12}(-dirty)?|commit unknown"), run.out());
    }

    @Test
    void bashCompletesVerbsAndTheirOptions() throws Exception {
        CliRun run = CliRun.of("completion");
        assertEquals(0, run.exitCode());
        Path script = Files.writeString(dir.resolve("wirewatch.bash"), run.out(), StandardCharsets.UTF_8);

        assertEquals("analyze", complete(script, "wirewatch", "anal"));
        assertEquals("--format", complete(script, "wirewatch", "analyze", "--form"));
        assertTrue(complete(script, "wirewatch", "").contains("completion"), "the verb itself is offered");
    }

    /** What bash offers for the last word, running the generated script's completion function. */
    private String complete(Path script, String... words) throws Exception {
        String line = String.join(" ", words);
        StringBuilder quoted = new StringBuilder();
        for (String w : words) quoted.append(" '").append(w).append("'");
        // compopt only works inside a real completion; outside one it is a no-op here
        String program = "source '" + script + "'\ncompopt() { :; }\n"
                + "COMP_WORDS=(" + quoted + " )\n"
                + "COMP_CWORD=" + (words.length - 1) + "\n"
                + "COMP_LINE='" + line + "'\nCOMP_POINT=${#COMP_LINE}\n"
                + "_complete_wirewatch wirewatch '" + words[words.length - 1] + "' '" + words[words.length - 2] + "'\n"
                + "printf '%s\\n' \"${COMPREPLY[@]}\"\n";
        Process p = new ProcessBuilder("bash", "-c", program).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(1, TimeUnit.MINUTES));
        assertEquals(0, p.exitValue(), out);
        return out.strip();
    }
}
