package org.wirewatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SparkCommandTest {
    @TempDir
    Path dir;

    @Test
    void withoutTheBuiltSparkModuleTheVerbSaysHowToBuildIt() {
        String previous = System.setProperty("wirewatch.spark.target", dir.resolve("not-built").toString());
        try {
            CliRun run = CliRun.of("spark", "--input", "examples/corpus", "--output", dir.resolve("out").toString());
            assertEquals(SparkCommand.EXIT_UNAVAILABLE, run.exitCode(), run.err());
            assertTrue(run.err().contains("the Spark module is not built"), run.err());
            assertTrue(run.err().contains(SparkModule.BUILD_COMMAND), run.err());
        } finally {
            if (previous == null) System.clearProperty("wirewatch.spark.target");
            else System.setProperty("wirewatch.spark.target", previous);
        }
    }

    @Test
    void inputAndOutputAreRequired() {
        CliRun run = CliRun.of("spark", "--input", "examples/corpus");
        assertEquals(Main.EXIT_USAGE, run.exitCode());
        assertTrue(run.err().contains("--output"), run.err());
    }

    @Test
    void theSolrCollectionIsPassedToTheJob() {
        SparkCommand command = new SparkCommand();
        new picocli.CommandLine(command).parseArgs("--input", "in", "--output", "out", "--solr", "zk1:2181/solr", "--collection", "news");
        java.util.List<String> args = command.jobArguments();
        assertEquals(java.util.List.of("--solr", "zk1:2181/solr", "--collection", "news"), args.subList(args.size() - 4, args.size()));
    }

    @Test
    void solrWithoutACollectionIsAUsageError() {
        SparkCommand command = new SparkCommand();
        new picocli.CommandLine(command).parseArgs("--input", "in", "--output", "out", "--solr", "zk1:2181/solr");
        assertThrows(picocli.CommandLine.ParameterException.class, command::jobArguments);
    }
}
