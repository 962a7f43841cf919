package org.wirewatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class HelpTest {

    @Test
    void topLevelHelpListsEveryVerb() {
        CliRun run = CliRun.of("--help");
        assertEquals(0, run.exitCode());
        for (String verb : Main.commandLine().getSubcommands().keySet()) {
            assertTrue(run.out().contains(verb), "help lists " + verb + ":\n" + run.out());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"analyze", "entity", "quotes", "eval", "kb", "bench", "generate"})
    void everyVerbExplainsItself(String verb) {
        CliRun run = CliRun.of(verb, "--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("Usage: wirewatch " + verb), run.out());
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        CliRun run = CliRun.of("analyze", "--no-such-option");
        assertEquals(Main.EXIT_USAGE, run.exitCode());
        assertTrue(run.err().contains("--no-such-option"), run.err());
    }
}
