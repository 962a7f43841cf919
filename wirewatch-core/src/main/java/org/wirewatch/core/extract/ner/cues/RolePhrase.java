package org.wirewatch.core.extract.ner.cues;

import java.util.List;

/** A title or office as a sequence of word patterns ("генеральн* секретар*"), with its role id. Immutable. */
record RolePhrase(String role, List<WordPattern> words) {
    RolePhrase {
        words = List.copyOf(words);
        if (words.isEmpty()) throw new IllegalArgumentException("empty phrase for role " + role);
    }

    int length() {
        return words.size();
    }
}
