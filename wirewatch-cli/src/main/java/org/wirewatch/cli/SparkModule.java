package org.wirewatch.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The built {@code wirewatch-spark} module beside this CLI: its jar, its libraries and Spark's
 * ({@code target/lib}, {@code target/spark-lib}), and the JVM options Spark needs on Java 17
 * ({@code target/local/jvm-options}). Spark is ~170 jars, so it stays out of the CLI's class path:
 * {@code wirewatch spark} runs the job in a JVM of its own on this class path.
 */
record SparkModule(Path target) {
    static final String MAIN_CLASS = "org.wirewatch.spark.SparkMain";
    /** Prints a run's articles table as analyze-style JSONL, for {@code ingest --parquet}. */
    static final String ARTICLES_TO_JSONL = "org.wirewatch.spark.ArticlesToJsonl";
    static final String BUILD_COMMAND = "mvn -q -pl wirewatch-spark -am package -Dmaven.test.skip=true";

    /** The module's target directory: {@code -Dwirewatch.spark.target=DIR}, else {@code wirewatch-spark/target} beside the CLI's module. */
    static Path defaultTarget() {
        String configured = System.getProperty("wirewatch.spark.target");
        if (configured != null) return Path.of(configured);
        return repositoryRoot().resolve("wirewatch-spark").resolve("target");
    }

    /** The CLI runs from {@code <root>/wirewatch-cli/target/wirewatch.jar} (or {@code target/classes} in tests). */
    private static Path repositoryRoot() {
        try {
            Path location = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path target = location.getParent();
            Path module = target == null ? null : target.getParent();
            Path root = module == null ? null : module.getParent();
            return root == null ? Path.of(".") : root;
        } catch (URISyntaxException | SecurityException e) {
            return Path.of(".");
        }
    }

    /** A class path and JVM options given as system properties (the Spark module's tests), instead of the built module. */
    private static final String GIVEN_CLASS_PATH = "wirewatch.spark.classpath";
    private static final String GIVEN_JVM_OPTIONS = "wirewatch.spark.jvm-options";

    /** What is missing for a run, or empty when the module is built. */
    Optional<String> missing() {
        if (System.getProperty(GIVEN_CLASS_PATH) != null) return Optional.empty();
        if (!Files.exists(moduleClasses())) return Optional.of(target.resolve("wirewatch-spark.jar").toString());
        for (String part : List.of("lib", "spark-lib", "local/jvm-options")) {
            if (!Files.exists(target.resolve(part))) return Optional.of(target.resolve(part).toString());
        }
        return Optional.empty();
    }

    /** The command line of the job's JVM: Spark's Java 17 options, the module's class path, the job's arguments. */
    List<String> command(List<String> jobArguments) throws IOException {
        return command(MAIN_CLASS, jobArguments);
    }

    /** The module's jar once packaged; its compiled classes before that (as in the module's own tests). */
    private Path moduleClasses() {
        Path jar = target.resolve("wirewatch-spark.jar");
        return Files.exists(jar) ? jar : target.resolve("classes");
    }

    /** The command line of a JVM running {@code mainClass} of the module with Spark on its class path. */
    List<String> command(String mainClass, List<String> arguments) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions());
        command.add("-cp");
        command.add(classPath());
        command.add(mainClass);
        command.addAll(arguments);
        return command;
    }

    private String classPath() {
        String given = System.getProperty(GIVEN_CLASS_PATH);
        if (given != null) return given;
        return String.join(java.io.File.pathSeparator, moduleClasses().toString(),
                target.resolve("lib").resolve("*").toString(), target.resolve("spark-lib").resolve("*").toString());
    }

    private List<String> jvmOptions() throws IOException {
        String given = System.getProperty(GIVEN_JVM_OPTIONS);
        String options = (given != null ? given : Files.readString(target.resolve("local").resolve("jvm-options"), StandardCharsets.UTF_8)).strip();
        return options.isEmpty() ? List.of() : Arrays.asList(options.split("\\s+"));
    }
}
