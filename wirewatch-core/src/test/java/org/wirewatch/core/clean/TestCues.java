package org.wirewatch.core.clean;

import java.util.List;
import org.wirewatch.core.lang.LanguagePacks;

/** The cue index of every bundled language, as the default {@link TextCleaner} builds it. */
final class TestCues {
    private TestCues() {}

    static CueIndex all() {
        List<CleaningCues> cues = new java.util.ArrayList<>(TextCleaner.cuesOf(LanguagePacks.discover()));
        cues.add(TextCleaner.shared());
        return new CueIndex(cues);
    }
}
