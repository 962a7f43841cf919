package org.wirewatch.core.extract.amounts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Words matched exactly, and stems written {@code stem*} matched as prefixes. Immutable. */
record WordSet(Set<String> exact, List<String> prefixes) {

    WordSet {
        exact = Set.copyOf(exact);
        prefixes = List.copyOf(prefixes);
    }

    static WordSet of(List<String> words) {
        Set<String> exact = new HashSet<>();
        List<String> prefixes = new ArrayList<>();
        for (String w : words) {
            if (w.endsWith("*")) prefixes.add(Words.normal(w.substring(0, w.length() - 1)));
            else exact.add(Words.normal(w));
        }
        return new WordSet(exact, prefixes);
    }

    /** Whether the normalised word is listed or begins with a listed stem. */
    boolean contains(String normalWord) {
        if (exact.contains(normalWord)) return true;
        for (String p : prefixes) if (normalWord.startsWith(p)) return true;
        return false;
    }
}
