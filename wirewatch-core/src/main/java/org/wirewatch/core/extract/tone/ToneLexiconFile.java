package org.wirewatch.core.extract.tone;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.wirewatch.core.lang.PackFile;
import org.wirewatch.core.linguistics.morph.Morphology;

/**
 * Reads a language pack's {@code tone.lex}. UTF-8; {@code #} starts a comment; sections:
 *
 * <pre>
 * [settings]        lemmas = yes            (also look words up by their dictionary lemma)
 * [import]          vader_sentiment_lexicon.txt   (another file of the pack, in VADER's format:
 *                                           word TAB mean valence TAB …; read first, so [words] may override it)
 * [bridge]          bridge.words            (another file of the pack, the word bridge: each lemma
 *                                           there takes the English valence of the concept it stands for,
 *                                           so one story finds the same words at the same valence in every
 *                                           language; read after [import], before [words], which override it)
 * [words]           word valence            (one a line; valence from -4 to 4; a lemma when lemmas = yes)
 * [negation]        words                   (space-separated)
 * [negation-suffix] endings                 (a word ending so negates: n't)
 * [negation-exception] first second         (two-word phrases whose negation word negates nothing: at least)
 * [reversal]        words                   (lemmas that lessen or end a bad thing after them: reduce, halt)
 * [booster]         word = increment        (0.293 boosts, -0.293 dampens)
 * [contrast]        words                   (but, однако)
 * </pre>
 *
 * A malformed line, an unknown section or a missing import fails, naming the file and line: a
 * broken bundled file is a broken build.
 */
public final class ToneLexiconFile {
    /** The pack file name. */
    public static final String NAME = "tone.lex";

    private ToneLexiconFile() {}

    /**
     * @param file       the pack's tone.lex
     * @param siblings   the pack's other files by name (for [import])
     * @param morphology the language's dictionary, used when the file says lemmas = yes; may be null
     */
    public static ToneLexicon read(String language, PackFile file, Function<String, Optional<PackFile>> siblings, Morphology morphology) {
        return read(language, file, siblings, morphology, concept -> Float.NaN);
    }

    /**
     * @param concepts the valence of a word-bridge concept (an English lemma; NaN for none), for [bridge]
     */
    public static ToneLexicon read(String language, PackFile file, Function<String, Optional<PackFile>> siblings, Morphology morphology,
                                   Function<String, Float> concepts) {
        Map<String, Float> valences = new HashMap<>();
        Map<String, Float> bridged = new HashMap<>();
        Map<String, Float> own = new HashMap<>();
        Set<String> negations = new HashSet<>();
        Set<String> suffixes = new HashSet<>();
        Set<String> exceptions = new HashSet<>();
        Set<String> reversals = new HashSet<>();
        Map<String, Float> boosters = new HashMap<>();
        Set<String> contrasts = new HashSet<>();
        boolean lemmas = false;
        String section = null;
        List<String> lines = file.lines();
        for (int n = 1; n <= lines.size(); n++) {
            String line = strip(lines.get(n - 1));
            if (line.isEmpty()) continue;
            String where = file.name() + ":" + n;
            if (line.startsWith("[") && line.endsWith("]")) {
                section = line.substring(1, line.length() - 1).trim();
                continue;
            }
            if (section == null) throw new IllegalStateException(where + ": a line before any [section]");
            switch (section) {
                case "settings" -> lemmas = setting(line, where);
                case "import" -> readVader(siblings.apply(line).orElseThrow(
                        () -> new IllegalStateException(where + ": the pack has no file " + line)), valences);
                case "bridge" -> BridgedValences.read(siblings.apply(line).orElseThrow(
                        () -> new IllegalStateException(where + ": the pack has no file " + line)), concepts, bridged);
                case "words" -> word(line, where, own);
                case "negation" -> words(line, negations);
                case "negation-suffix" -> words(line, suffixes);
                case "negation-exception" -> phrase(line, where, exceptions);
                case "reversal" -> words(line, reversals);
                case "booster" -> keyed(line, where, boosters);
                case "contrast" -> words(line, contrasts);
                default -> throw new IllegalStateException(where + ": unknown section [" + section + "]");
            }
        }
        valences.putAll(bridged);
        valences.putAll(own);
        return new ToneLexicon(language, valences, negations, suffixes, exceptions, reversals, boosters, contrasts, lemmas ? morphology : null);
    }

    private static String strip(String line) {
        int hash = line.indexOf('#');
        return (hash >= 0 ? line.substring(0, hash) : line).strip();
    }

    private static boolean setting(String line, String where) {
        String[] kv = line.split("=", 2);
        if (kv.length != 2 || !kv[0].strip().equals("lemmas")) throw new IllegalStateException(where + ": expected 'lemmas = yes|no'");
        String v = kv[1].strip();
        if (!v.equals("yes") && !v.equals("no")) throw new IllegalStateException(where + ": lemmas must be yes or no, was " + v);
        return v.equals("yes");
    }

    private static void word(String line, String where, Map<String, Float> into) {
        int space = line.lastIndexOf(' ');
        if (space <= 0) throw new IllegalStateException(where + ": expected 'word valence'");
        into.put(ToneLexicon.normal(line.substring(0, space).strip()), valence(line.substring(space + 1), where));
    }

    private static void keyed(String line, String where, Map<String, Float> into) {
        String[] kv = line.split("=", 2);
        if (kv.length != 2) throw new IllegalStateException(where + ": expected 'word = increment'");
        float v = number(kv[1].strip(), where);
        for (String w : kv[0].strip().split("\\s+")) into.put(ToneLexicon.normal(w), v);
    }

    private static void words(String line, Set<String> into) {
        for (String w : line.split("\\s+")) into.add(ToneLexicon.normal(w));
    }

    private static void phrase(String line, String where, Set<String> into) {
        String[] words = line.split("\\s+");
        if (words.length != 2) throw new IllegalStateException(where + ": expected two words, 'first second'");
        into.add(ToneLexicon.normal(words[0]) + " " + ToneLexicon.normal(words[1]));
    }

    private static float valence(String s, String where) {
        float v = number(s.strip(), where);
        if (v < -4 || v > 4) throw new IllegalStateException(where + ": valence " + s + " outside -4..4");
        return v;
    }

    private static float number(String s, String where) {
        try {
            return Float.parseFloat(s);
        } catch (NumberFormatException e) {
            throw new IllegalStateException(where + ": not a number: " + s);
        }
    }

    /** VADER's lexicon: word TAB mean valence TAB standard deviation TAB the raters' scores. */
    private static void readVader(PackFile file, Map<String, Float> into) {
        List<String> lines = file.lines();
        for (int n = 1; n <= lines.size(); n++) {
            String line = lines.get(n - 1);
            if (line.isBlank()) continue;
            String[] cells = line.split("\t");
            if (cells.length < 2) throw new IllegalStateException(file.name() + ":" + n + ": expected word TAB valence");
            into.put(cells[0].toLowerCase(Locale.ROOT), valence(cells[1], file.name() + ":" + n));
        }
    }
}
