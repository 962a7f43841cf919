package org.wirewatch.core.extract.ner.sequence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Word clusters: each lower-case word of a corpus and its path in a binary tree of clusters
 * ("0110100"), words with similar neighbours sharing long prefixes, as Brown clusters do. The
 * tagger uses prefixes of the path as features ({@link FeatureGroups#CLUSTERS}), so a word seen
 * rarely or never in the gold spans still shares evidence with the words of its cluster
 * ("минобороны" with "минфина"). Built by {@link ClusterTraining}; immutable.
 *
 * <p>On disk: UTF-8 text, {@code #} comment lines, then one {@code word TAB path} line per word in
 * the words' order.
 */
public final class WordClusters {
    private static final String FOLDER = "org/wirewatch/models/clusters/";
    private static final String HEADER = "# wirewatch word clusters v1";

    private final Map<String, String> paths;

    /** @param paths lower-case word to its path of '0' and '1' */
    public WordClusters(Map<String, String> paths) {
        this.paths = java.util.Collections.unmodifiableMap(new TreeMap<>(paths));
    }

    /** The word's path, if the corpus had it often enough to cluster it. */
    public Optional<String> path(String lower) {
        return Optional.ofNullable(paths.get(lower));
    }

    /** Every word and its path, in the words' order. */
    public Map<String, String> paths() {
        return paths;
    }

    public int size() {
        return paths.size();
    }

    /** The class-path resource of a language's clusters, shipped beside its NER model. */
    public static String resource(String lang) {
        return FOLDER + lang.toLowerCase(Locale.ROOT) + ".clusters";
    }

    /**
     * The language's clusters from the class path; a model trained with clusters cannot run
     * without them, so a missing file is a broken installation, not a reason to guess.
     */
    static WordClusters bundled(String lang, ClassLoader loader) {
        String name = resource(lang);
        try (InputStream in = loader.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the NER model for '" + lang + "' uses word clusters, but " + name
                        + " is not on the class path (rebuild it with `wirewatch train clusters`)");
            }
            return read(in, name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the word clusters " + name, e);
        }
    }

    /** @param name the file's name, for errors, which also give the line */
    public static WordClusters read(InputStream in, String name) throws IOException {
        Map<String, String> paths = new TreeMap<>();
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            if (line.isEmpty() || line.startsWith("#")) continue;
            int tab = line.indexOf('\t');
            if (tab <= 0 || tab == line.length() - 1 || !line.substring(tab + 1).matches("[01]+")) {
                throw new IOException(name + ":" + number + ": expected 'word<TAB>path of 0 and 1', got '" + line + "'");
            }
            paths.put(line.substring(0, tab), line.substring(tab + 1));
        }
        return new WordClusters(paths);
    }

    /** Writes the clusters; the same clusters give the same bytes. */
    public void write(OutputStream out, String comment) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write(HEADER + "\n");
        if (!comment.isEmpty()) w.write("# " + comment.replace('\n', ' ') + "\n");
        for (Map.Entry<String, String> e : paths.entrySet()) w.write(e.getKey() + "\t" + e.getValue() + "\n");
        w.flush();
    }
}
