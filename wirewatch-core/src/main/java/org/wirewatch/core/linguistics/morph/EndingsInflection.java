package org.wirewatch.core.linguistics.morph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A {@link DemonymInflection} that strips one of a fixed list of endings. Immutable. */
public abstract class EndingsInflection implements DemonymInflection {
    private static final int MIN_STEM = 3;

    private final String language;
    private final List<String> endings;

    protected EndingsInflection(String language, List<String> endings) {
        this.language = language;
        // Longest first, so "российских" tries "их" before "х" would ever apply.
        this.endings = endings.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    @Override
    public final String language() {
        return language;
    }

    @Override
    public final List<String> stems(String word) {
        List<String> stems = new ArrayList<>(2);
        for (String ending : endings) {
            if (word.endsWith(ending) && word.length() - ending.length() >= MIN_STEM) {
                stems.add(word.substring(0, word.length() - ending.length()));
            }
        }
        return stems;
    }
}
