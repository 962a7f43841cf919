package org.wirewatch.core.extract.tone;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Tone words learned from training data ({@link SentimentTraining#learnWords}): one
 * {@code lemma valence} a line, UTF-8, {@code #} comments; stored in the {@code wirewatch-models}
 * jar as {@value #FOLDER}{@code <lang>.words}. Stateless.
 */
final class LearnedWords {
    static final String FOLDER = "org/wirewatch/models/tone/";

    private LearnedWords() {}

    /** The learned words of a language on the class path, if installed. */
    static Optional<Map<String, Float>> installed(String lang) {
        String name = FOLDER + lang + ".words";
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null) loader = LearnedWords.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(name)) {
            return in == null ? Optional.empty() : Optional.of(read(in, name));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    static Map<String, Float> read(InputStream in, String name) throws IOException {
        Map<String, Float> words = new HashMap<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int n = 0;
        for (String line; (line = reader.readLine()) != null; ) {
            n++;
            if (line.isBlank() || line.startsWith("#")) continue;
            int space = line.lastIndexOf(' ');
            try {
                float v = Float.parseFloat(line.substring(space + 1));
                if (space <= 0 || v < -4 || v > 4) throw new NumberFormatException();
                words.put(line.substring(0, space), v);
            } catch (NumberFormatException e) {
                throw new IOException(name + ":" + n + ": expected 'word valence' with valence in -4..4");
            }
        }
        return words;
    }

    /** Writes the words sorted, so the same words give the same bytes. */
    static void write(Map<String, Float> words, String header, Writer out) throws IOException {
        for (String line : header.split("\n")) out.write("# " + line + "\n");
        for (Map.Entry<String, Float> e : new TreeMap<>(words).entrySet()) {
            out.write(e.getKey() + " " + String.format(Locale.ROOT, "%.2f", e.getValue()) + "\n");
        }
        out.flush();
    }
}
