package org.wirewatch.core.clean;

import java.util.List;
import java.util.Map;

/**
 * The phrases one language uses for page furniture, promos, bylines, credits and dates. The
 * {@link TextCleaner}'s rules are structural and language-free; everything that is a word of
 * some language comes from here, so adding a language means adding an implementation (and a
 * cue file), never a branch in the rules. Implementations are immutable and shared.
 */
public interface CleaningCues {

    /** ISO 639-1 code of the language, or "mul" for cues every language shares. */
    String language();

    /** The cues of one kind, lower case; empty when the language has none. */
    List<String> cues(CueKind kind);

    /**
     * Month names and abbreviations, lower case, mapped to month numbers 1..12. A key ending in
     * {@code *} is a stem that also matches inflected forms ("ноябр*" matches "ноября").
     */
    Map<String, Integer> months();
}
