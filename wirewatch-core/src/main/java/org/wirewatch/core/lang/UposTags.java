package org.wirewatch.core.lang;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.wirewatch.core.model.BoundedMemo;
import org.wirewatch.core.linguistics.morph.Reading;
import org.wirewatch.core.linguistics.morph.Upos;
import org.wirewatch.core.lang.cues.CueFile;
import org.wirewatch.core.lang.cues.CueSchema;

/**
 * How a language's dictionary tags map to {@link Upos}, read from its pack's {@code upos.cues}:
 * one {@code [tag]} section of {@code UPOS: pattern pattern} lines, tried in file order, the first
 * match winning. A pattern is a tag prefix ({@code NN}, {@code verb}) or, with a leading colon, a
 * tag part anywhere in the tag ({@code :prop}); {@code noun+:pron} needs both. A common-noun reading that the dictionary marks as
 * a name is {@code PROPN}; a tag no line matches is {@code X}. Immutable (each tag's rule is
 * remembered in a bounded concurrent map) and thread-safe.
 */
public final class UposTags {
    /** The pack file. */
    public static final String FILE = "upos.cues";

    static final CueSchema SCHEMA = CueSchema.builder()
            .keyedWords("tag", CueSchema.Keys.of(Arrays.stream(Upos.values()).map(Upos::name).toArray(String[]::new)))
            .build();

    private record Rule(Upos upos, List<String> parts) {
        boolean matches(String tag) {
            for (String p : parts) if (p.startsWith(":") ? !tag.contains(p) : !tag.startsWith(p)) return false;
            return true;
        }
    }

    private final List<Rule> rules;
    /** The part of speech of each tag met so far: a dictionary has a few thousand tags, and every word's readings ask. */
    private final BoundedMemo<String, Upos> byTag = new BoundedMemo<>(MAX_TAGS);
    private static final int MAX_TAGS = 20_000;

    private UposTags(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static UposTags read(PackFile file) {
        return of(SCHEMA.read(file));
    }

    public static UposTags parse(List<String> lines, String file) {
        return of(SCHEMA.parse(lines, file));
    }

    private static UposTags of(CueFile file) {
        List<Rule> rules = new ArrayList<>();
        for (CueFile.Line line : file.lines("tag")) {
            for (String pattern : line.entries()) rules.add(new Rule(Upos.valueOf(line.key()), List.of(pattern.split("\\+"))));
        }
        if (rules.isEmpty()) throw file.error("[tag] maps no tag");
        return new UposTags(rules);
    }

    /** The part of speech of one reading. */
    public Upos of(Reading reading) {
        Upos upos = byTag.get(reading.tag(), this::ofTag);
        return upos == Upos.NOUN && reading.isProper() ? Upos.PROPN : upos;
    }

    private Upos ofTag(String tag) {
        for (Rule r : rules) {
            if (r.matches(tag)) return r.upos();
        }
        return Upos.X;
    }
}
