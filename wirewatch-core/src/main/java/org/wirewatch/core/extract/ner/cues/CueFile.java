package org.wirewatch.core.extract.ner.cues;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.wirewatch.core.lang.PackFile;
import org.wirewatch.core.lang.Vocabulary;
import org.wirewatch.core.lang.cues.CueSchema;
import org.wirewatch.core.linguistics.text.Token;
import org.wirewatch.core.linguistics.text.Tokenizer;

/**
 * Reads a language pack's {@code names.cues} file. Sections:
 * <pre>
 * [grammar]            genitive-complements sentence-case-bodies   (flags; ru, uk)
 * [endings]            the closed list of inflection endings a "stem*" may take (ru, uk)
 * [role]               role_id: phrase | phrase | ...     one office per line
 * [function] [role-modifier] [org] [place] [place-preposition] [particle]
 * [misc] [demonym] [determiner] [connector] [conjunction] [legal-form] [quoted-org]
 *                      words, separated by spaces
 * </pre>
 * Words are written as {@link WordPattern} explains; month names and weekdays (the calendar
 * words) and the pronouns (function words) are the language's {@link Vocabulary}'s. Role phrases
 * are cut into words by the same {@link Tokenizer} as the text, so "Gov." in a phrase meets the
 * tokens "Gov" and "." of an article. A malformed file fails loudly, naming file and line.
 */
final class CueFile {
    private CueFile() {}

    /** Titles take their complement after them, in the genitive ("министр иностранных дел Украины"). */
    static final String GENITIVE_COMPLEMENTS = "genitive-complements";
    /** Names of bodies go on over lower-case words ("Служба безпеки України"). */
    static final String SENTENCE_CASE_BODIES = "sentence-case-bodies";
    /** A word joined to a number by a hyphen is a designation, not a name ("STS-124", "Су-27", "гелий-3"). */
    static final String NUMBERED_WORDS_NO_NAMES = "numbered-words-no-names";

    private static final Pattern ROLE_ID = Pattern.compile("[a-z][a-z_]*");
    private static final Pattern EXPLICIT = Pattern.compile("([^{}*]+)\\{([^{}]*)\\}");
    private static final Tokenizer TOKENIZER = new Tokenizer();

    /** The parsed content of one file. Immutable. */
    record Parsed(Map<WordCue, List<WordPattern>> words, List<RolePhrase> roles, Set<String> grammar) {}

    /** The word sections and the cue each gives its words; month names and weekdays come from the vocabulary. */
    private static final java.util.Map<String, WordCue> WORD_SECTIONS = java.util.Map.ofEntries(
            java.util.Map.entry("function", WordCue.FUNCTION), java.util.Map.entry("role-modifier", WordCue.ROLE_MODIFIER),
            java.util.Map.entry("org", WordCue.ORG_DESIGNATOR), java.util.Map.entry("place", WordCue.PLACE_DESIGNATOR),
            java.util.Map.entry("place-preposition", WordCue.PLACE_PREPOSITION), java.util.Map.entry("particle", WordCue.NAME_PARTICLE),
            java.util.Map.entry("misc", WordCue.MISC_NAME), java.util.Map.entry("demonym", WordCue.DEMONYM),
            java.util.Map.entry("determiner", WordCue.DETERMINER), java.util.Map.entry("connector", WordCue.CONNECTOR),
            java.util.Map.entry("conjunction", WordCue.CONJUNCTION), java.util.Map.entry("legal-form", WordCue.LEGAL_FORM),
            java.util.Map.entry("quoted-org", WordCue.QUOTED_ORG));

    /** The sections of {@code names.cues}. */
    static final CueSchema SCHEMA = CueSchema.builder()
            .flags("grammar", GENITIVE_COMPLEMENTS, SENTENCE_CASE_BODIES, NUMBERED_WORDS_NO_NAMES)
            .words("endings")
            .keyedPhrases("role", CueSchema.Keys.matching(ROLE_ID.pattern(), "a role id (lower-case letters and '_')"))
            .words(new java.util.TreeSet<>(WORD_SECTIONS.keySet()).toArray(String[]::new))
            .build();

    static Parsed load(PackFile file, Vocabulary vocabulary) {
        return of(SCHEMA.read(file), vocabulary);
    }

    /** Parses lines with no vocabulary (tests). */
    static Parsed parse(List<String> lines, String file) {
        return of(SCHEMA.parse(lines, file), Vocabulary.EMPTY);
    }

    private static Parsed of(org.wirewatch.core.lang.cues.CueFile file, Vocabulary vocabulary) {
        Set<String> endings = new LinkedHashSet<>();
        for (String e : file.entries("endings")) endings.add(e.equals("-") ? "" : CueNorm.lower(CueNorm.fold(e)));
        Map<WordCue, List<WordPattern>> words = new EnumMap<>(WordCue.class);
        for (String section : SCHEMA.names()) {
            WordCue cue = WORD_SECTIONS.get(section);
            if (cue == null) continue;
            for (var line : file.lines(section)) {
                String where = file.name() + ":" + line.number();
                for (String w : line.entries()) words.computeIfAbsent(cue, k -> new ArrayList<>()).add(word(w, endings, where));
            }
        }
        for (String w : vocabulary.calendarWords()) {
            words.computeIfAbsent(WordCue.CALENDAR, k -> new ArrayList<>()).add(word(w, endings, Vocabulary.FILE));
        }
        // a pronoun that opens a sentence is capitalised but never a name
        for (String w : vocabulary.pronouns()) {
            words.computeIfAbsent(WordCue.FUNCTION, k -> new ArrayList<>()).add(word(w, endings, Vocabulary.FILE));
        }
        words.replaceAll((cue, list) -> List.copyOf(list));
        List<RolePhrase> roles = new ArrayList<>();
        for (var line : file.lines("role")) {
            String where = file.name() + ":" + line.number();
            for (String phrase : line.entries()) roles.add(new RolePhrase(line.key(), phrase(phrase, endings, where)));
        }
        return new Parsed(java.util.Collections.unmodifiableMap(words), List.copyOf(roles), Set.copyOf(file.entries("grammar")));
    }

    /**
     * A single-word entry. The final dot of an abbreviation is dropped, since the tokenizer cuts it
     * off ("Corp." meets the token "Corp"), but a dotted acronym keeps it, as the tokenizer does ("и.о.").
     */
    static WordPattern word(String entry, Set<String> endings, String where) {
        boolean abbreviation = entry.length() > 1 && entry.endsWith(".") && entry.indexOf('.') == entry.length() - 1;
        String w = abbreviation ? entry.substring(0, entry.length() - 1) : entry;
        WordPattern stem = stem(w, endings, where);
        return stem != null ? stem : exact(w);
    }

    /** A phrase: stems stay single words, everything else is cut as article text would be. */
    static List<WordPattern> phrase(String phrase, Set<String> endings, String where) {
        List<WordPattern> words = new ArrayList<>();
        for (String piece : phrase.split("\\s+")) {
            WordPattern stem = stem(piece, endings, where);
            if (stem != null) {
                words.add(stem);
            } else {
                for (Token t : TOKENIZER.tokens(piece)) words.add(exact(t.text()));
            }
        }
        return words;
    }

    private static WordPattern stem(String piece, Set<String> endings, String where) {
        if (piece.endsWith("*") && piece.length() > 1) {
            if (endings.isEmpty()) throw new IllegalStateException(where + ": '" + piece + "' needs an [endings] section before it");
            return new WordPattern.Stem(CueNorm.lower(CueNorm.fold(piece.substring(0, piece.length() - 1))), endings);
        }
        var m = EXPLICIT.matcher(piece);
        if (m.matches()) {
            Set<String> listed = new HashSet<>();
            for (String e : m.group(2).split(",", -1)) listed.add(CueNorm.lower(CueNorm.fold(e.strip())));
            return new WordPattern.Stem(CueNorm.lower(CueNorm.fold(m.group(1))), listed);
        }
        if (piece.indexOf('*') >= 0 || piece.indexOf('{') >= 0) throw new IllegalStateException(where + ": malformed stem '" + piece + "'");
        return null;
    }

    private static WordPattern exact(String word) {
        String folded = CueNorm.fold(word);
        String lower = CueNorm.lower(folded);
        return lower.equals(folded) ? new WordPattern.Exact(lower, false) : new WordPattern.Exact(folded, true);
    }
}
