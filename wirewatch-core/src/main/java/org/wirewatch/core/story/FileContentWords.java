package org.wirewatch.core.story;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.wirewatch.core.lang.PackFile;
import org.wirewatch.core.linguistics.morph.Reading;

/**
 * {@link ContentWords} read once from a language pack's {@code content.cues}: one tag prefix per line, or
 * {@code lemma:X} for a lemma that is never content; {@code #} starts a comment. A tag part
 * written with a leading colon in the file (":pron") matches anywhere in the tag. Immutable.
 */
final class FileContentWords implements ContentWords {
    private final String language;
    private final List<String> tagPrefixes = new ArrayList<>();
    private final List<String> tagParts = new ArrayList<>();
    private final Set<String> lemmas = new HashSet<>();

    FileContentWords(String language, PackFile file) {
        this.language = language;
        for (String line : lines(file)) {
            if (line.startsWith("lemma:")) lemmas.add(line.substring("lemma:".length()));
            else if (line.startsWith(":")) tagParts.add(line);
            else tagPrefixes.add(line);
        }
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

    private static List<String> lines(PackFile file) {
        List<String> out = new ArrayList<>();
        for (String line : file.lines()) {
            String t = line.strip();
            if (!t.isEmpty() && !t.startsWith("#")) out.add(t);
        }
        return out;
    }
}
