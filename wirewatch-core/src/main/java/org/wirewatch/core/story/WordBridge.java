package org.wirewatch.core.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.wirewatch.core.lang.LanguagePack;
import org.wirewatch.core.lang.LanguagePacks;
import org.wirewatch.core.lang.PackFile;

/**
 * The cross-lingual word bridge: content lemmas of each language mapped to shared concepts, read
 * once from each pack's {@value #FILE}. A concept is named by its English lemma, so an English word
 * that names a concept is that concept without any entry, and so is a word of any Latin-script
 * language spelt the same ("hotel"). Lines are {@code concept: lemma lemma …}; a lemma may stand
 * on several lines (Russian "мир" is both "peace" and "world"); {@code #} starts a comment.
 * Immutable.
 */
final class WordBridge {
    /** The pack file of the bridge. */
    static final String FILE = "bridge.words";

    private final Map<String, Map<String, List<String>>> byLanguage;
    private final Set<String> concepts;

    WordBridge(LanguagePacks packs) {
        Map<String, Map<String, List<String>>> languages = new HashMap<>();
        Set<String> all = new HashSet<>();
        for (LanguagePack pack : packs.all()) {
            pack.file(FILE).ifPresent(f -> languages.put(pack.language().code(), read(f, all)));
        }
        this.byLanguage = Map.copyOf(languages);
        this.concepts = Set.copyOf(all);
    }

    /** The concepts a lemma of the language stands for: its bridge entries, or itself where it names one. */
    List<String> concepts(String lang, String word) {
        String lemma = plain(word);
        List<String> mapped = byLanguage.getOrDefault(lang, Map.of()).get(lemma);
        if (concepts.contains(lemma)) {
            if (mapped == null) return List.of(lemma);
            if (!mapped.contains(lemma)) {
                List<String> both = new ArrayList<>(mapped);
                both.add(lemma);
                return both;
            }
        }
        return mapped == null ? List.of() : mapped;
    }

    /** The languages with a list of their own (English names the concepts and needs none). */
    Set<String> languages() {
        return byLanguage.keySet();
    }

    /** How many concepts the packs name: a measure of the bridge's reach. */
    int size() {
        return concepts.size();
    }

    /** Russian writes ё or е in one word as it pleases, and its dictionary lemmas keep the ё. */
    private static String plain(String word) {
        return word.indexOf('ё') < 0 ? word : word.replace('ё', 'е');
    }

    private static Map<String, List<String>> read(PackFile file, Set<String> concepts) {
        Map<String, List<String>> words = new HashMap<>();
        int lineNo = 0;
        for (String raw : file.lines()) {
            lineNo++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            int colon = line.indexOf(':');
            if (colon <= 0) throw new IllegalStateException(file + ":" + lineNo + ": expected \"concept: word word …\", got \"" + line + "\"");
            String concept = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            concepts.add(concept);
            for (String w : line.substring(colon + 1).strip().split("\\s+")) {
                if (w.isEmpty()) continue;
                List<String> list = words.computeIfAbsent(plain(w.toLowerCase(Locale.ROOT)), k -> new ArrayList<>(2));
                if (!list.contains(concept)) list.add(concept);
            }
        }
        words.replaceAll((k, v) -> List.copyOf(v));
        return words;
    }
}
