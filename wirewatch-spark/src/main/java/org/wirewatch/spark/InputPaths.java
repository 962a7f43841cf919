package org.wirewatch.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Checks the inputs on the driver before the job starts: Spark fails a whole job for one missing
 * path, Wirewatch reports it in {@code errors} and reads the rest.
 */
final class InputPaths {
    record Checked(List<String> readable, List<ReadItem> problems) {}

    private InputPaths() {}

    static Checked check(List<String> inputs, Configuration conf) {
        List<String> readable = new ArrayList<>();
        List<ReadItem> problems = new ArrayList<>();
        for (String input : inputs) {
            String problem = problemWith(input, conf);
            if (problem == null) readable.add(input);
            else problems.add(ReadItem.problem(input, null, problem));
        }
        return new Checked(readable, problems);
    }

    private static String problemWith(String input, Configuration conf) {
        try {
            Path path = new Path(input);
            FileSystem fs = path.getFileSystem(conf);
            FileStatus[] matches = fs.globStatus(path);
            return matches == null || matches.length == 0 ? "no such file or directory" : null;
        } catch (IOException | IllegalArgumentException e) {
            return "cannot be opened: " + e.getMessage();
        }
    }
}
