package org.wirewatch.core.story;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.wirewatch.core.lang.PackFile;
import org.wirewatch.core.lang.cues.CueFile;
import org.wirewatch.core.lang.cues.CueSchema;
import org.wirewatch.core.linguistics.morph.Reading;

/**
 * {@link ContentWords} read once, with the one cue reader, from a language pack's
 * {@code content.cues}: {@code [tag-prefix]} (a word with any reading whose tag starts so carries
 * no content), {@code [tag-part]} (whose tag contains this part anywhere, ":pron") and
 * {@code [lemma]} (lemmas that are never content). Immutable.
 */
final class FileContentWords implements ContentWords {
    /** The sections of {@code content.cues}. */
    static final CueSchema SCHEMA = CueSchema.builder().words("tag-prefix", "tag-part", "lemma").build();

    private final String language;
    private final List<String> tagPrefixes;
    private final List<String> tagParts;
    private final Set<String> lemmas;

    FileContentWords(String language, PackFile file) {
        this(language, SCHEMA.read(file));
    }

    FileContentWords(String language, CueFile file) {
        this.language = language;
        this.tagPrefixes = List.copyOf(file.entries("tag-prefix"));
        this.tagParts = List.copyOf(file.entries("tag-part"));
        this.lemmas = Set.copyOf(file.entries("lemma").stream().map(l -> l.toLowerCase(Locale.ROOT)).toList());
    }

    @Override
    public String language() {
        return language;
    }

    @Override
    public boolean isContent(Iterable<Reading> readings) {
        for (Reading r : readings) {
            if (lemmas.contains(r.lemma().toLowerCase(Locale.ROOT))) return false;
            for (String p : tagPrefixes) if (r.tag().startsWith(p)) return false;
            for (String p : tagParts) if (r.tag().contains(p)) return false;
        }
        return true;
    }
}
