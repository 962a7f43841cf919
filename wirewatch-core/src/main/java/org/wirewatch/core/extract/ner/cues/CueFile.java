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
import org.wirewatch.core.linguistics.text.Token;
import org.wirewatch.core.linguistics.text.Tokenizer;

/**
 * Reads a language pack's {@code names.cues} file. Sections:
 * <pre>
 * [grammar]            genitive-complements sentence-case-bodies   (flags; ru, uk)
 * [endings]            the closed list of inflection endings a "stem*" may take (ru, uk)
 * [role]               role_id: phrase | phrase | ...     one office per line
 * [function] [calendar] [role-modifier] [org] [place] [place-preposition] [particle]
 * [misc] [demonym] [determiner] [connector]               words, separated by spaces
 * </pre>
 * Words are written as {@link WordPattern} explains; {@code #} starts a comment. Role phrases
 * are cut into words by the same {@link Tokenizer} as the text, so "Gov." in a phrase meets the
 * tokens "Gov" and "." of an article. A malformed file fails loudly, naming file and line.
 */
final class CueFile {
    private CueFile() {}

    /** Titles take their complement after them, in the genitive ("министр иностранных дел Украины"). */
    static final String GENITIVE_COMPLEMENTS = "genitive-complements";
    /** Names of bodies go on over lower-case words ("Служба безпеки України"). */
    static final String SENTENCE_CASE_BODIES = "sentence-case-bodies";

    private static final Pattern ROLE_ID = Pattern.compile("[a-z][a-z_]*");
    private static final Pattern EXPLICIT = Pattern.compile("([^{}*]+)\\{([^{}]*)\\}");
    private static final Tokenizer TOKENIZER = new Tokenizer();

    /** The parsed content of one file. Immutable. */
    record Parsed(Map<WordCue, List<WordPattern>> words, List<RolePhrase> roles, Set<String> grammar) {}

    /** What a [grammar] section may say of the language. */
    static final Set<String> GRAMMAR_FLAGS = Set.of(GENITIVE_COMPLEMENTS, SENTENCE_CASE_BODIES);

    static Parsed load(PackFile file) {
        return parse(file.lines(), file.name());
    }

    static Parsed parse(List<String> lines, String file) {
        Set<String> endings = new LinkedHashSet<>();
        Map<WordCue, List<String>> rawWords = new EnumMap<>(WordCue.class);
        List<String[]> rawRoles = new ArrayList<>();   // {line number, id, phrases}
        Set<String> grammar = new LinkedHashSet<>();
        String section = null;
        for (int n = 0; n < lines.size(); n++) {
            String line = stripComment(lines.get(n));
            if (line.isEmpty()) continue;
            String where = file + ":" + (n + 1);
            if (line.startsWith("[") && line.endsWith("]")) {
                section = line.substring(1, line.length() - 1);
                if (!section.equals("endings") && !section.equals("role") && !section.equals("grammar")) cueOf(section, where);
                continue;
            }
            if (section == null) throw new IllegalStateException(where + ": entry before any [section]");
            switch (section) {
                case "endings" -> {
                    for (String e : line.split("\\s+")) endings.add(e.equals("-") ? "" : CueNorm.lower(CueNorm.fold(e)));
                }
                case "grammar" -> {
                    for (String flag : line.split("\\s+")) {
                        if (!GRAMMAR_FLAGS.contains(flag)) {
                            throw new IllegalStateException(where + ": unknown grammar flag '" + flag + "'; known: " + new java.util.TreeSet<>(GRAMMAR_FLAGS));
                        }
                        grammar.add(flag);
                    }
                }
                case "role" -> {
                    int colon = line.indexOf(':');
                    if (colon < 0) throw new IllegalStateException(where + ": a role line is 'role_id: phrase | phrase'");
                    String id = line.substring(0, colon).strip();
                    if (!ROLE_ID.matcher(id).matches()) throw new IllegalStateException(where + ": bad role id '" + id + "'");
                    rawRoles.add(new String[] {where, id, line.substring(colon + 1)});
                }
                default -> {
                    for (String w : line.split("\\s+")) rawWords.computeIfAbsent(cueOf(section, where), k -> new ArrayList<>()).add(w + "\u0000" + where);
                }
            }
        }
        Map<WordCue, List<WordPattern>> words = new EnumMap<>(WordCue.class);
        rawWords.forEach((cue, list) -> {
            List<WordPattern> patterns = new ArrayList<>();
            for (String entry : list) {
                int sep = entry.indexOf('\u0000');
                patterns.add(word(entry.substring(0, sep), endings, entry.substring(sep + 1)));
            }
            words.put(cue, List.copyOf(patterns));
        });
        List<RolePhrase> roles = new ArrayList<>();
        for (String[] r : rawRoles) {
            for (String phrase : r[2].split("\\|")) {
                if (phrase.isBlank()) throw new IllegalStateException(r[0] + ": empty phrase for role " + r[1]);
                roles.add(new RolePhrase(r[1], phrase(phrase.strip(), endings, r[0])));
            }
        }
        return new Parsed(java.util.Collections.unmodifiableMap(words), List.copyOf(roles), Set.copyOf(grammar));
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

    private static WordCue cueOf(String section, String where) {
        return switch (section) {
            case "function" -> WordCue.FUNCTION;
            case "calendar" -> WordCue.CALENDAR;
            case "role-modifier" -> WordCue.ROLE_MODIFIER;
            case "org" -> WordCue.ORG_DESIGNATOR;
            case "place" -> WordCue.PLACE_DESIGNATOR;
            case "place-preposition" -> WordCue.PLACE_PREPOSITION;
            case "particle" -> WordCue.NAME_PARTICLE;
            case "misc" -> WordCue.MISC_NAME;
            case "demonym" -> WordCue.DEMONYM;
            case "determiner" -> WordCue.DETERMINER;
            case "connector" -> WordCue.CONNECTOR;
            default -> throw new IllegalStateException(where + ": unknown section [" + section + "]");
        };
    }

    private static String stripComment(String raw) {
        int hash = raw.indexOf('#');
        return (hash >= 0 ? raw.substring(0, hash) : raw).strip();
    }
}
