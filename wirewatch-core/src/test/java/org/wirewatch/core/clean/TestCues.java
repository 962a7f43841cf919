package org.wirewatch.core.clean;

import java.util.List;

/** The cue index of every bundled language, as the default {@link TextCleaner} builds it. */
final class TestCues {
    private TestCues() {}

    static CueIndex all() {
        return new CueIndex(List.of(new EnglishCleaningCues(), new RussianCleaningCues(), new UkrainianCleaningCues(),
                new AzerbaijaniCleaningCues(), new GermanCleaningCues(), new FrenchCleaningCues(), new PolishCleaningCues(),
                new SharedCleaningCues()));
    }
}
