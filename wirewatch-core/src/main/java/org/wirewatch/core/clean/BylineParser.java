package org.wirewatch.core.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads author names from bylines: "By A and B", "Автор: Оксана Лінська", "A, B, C and D |",
 * "Reporting by A in Kyiv; Editing by B" (editors are not authors), or a line that is only a
 * person's name. A name is two to four capitalised words, with lower-case particles allowed
 * inside ("Ursula von der Leyen"); anything else makes the line not a byline.
 */
final class BylineParser {
    private static final Pattern NAME_WORD = Pattern.compile(
            // "Harmash", "Лінська", "O'Neill", "McCartney", "Jean-Luc", or an initial "J."
            "(?:\\p{Lu}[\\p{Ll}\\p{M}]+(?:\\p{Lu}[\\p{Ll}\\p{M}]+)?|\\p{Lu}(?=[-'’]))(?:[-'’]\\p{Lu}?[\\p{Ll}\\p{M}]+)*|\\p{Lu}\\.");
    private static final Pattern CAPS_WORD = Pattern.compile("\\p{Lu}{2,}(?:[-'’]\\p{Lu}{2,})*");
    private static final Set<String> PARTICLES = Set.of(
            "de", "da", "di", "del", "della", "der", "den", "van", "von", "la", "le", "du", "dos", "das",
            "bin", "ibn", "al", "el", "ten", "ter", "zu", "y");
    /** Chars a line that is only names may hold besides letters and spaces. */
    private static final Pattern NAME_LIST_CHARS = Pattern.compile("[\\p{L}\\p{M} ,.&'’-]+");

    /** Compiled once: String.split with a pattern of more than one char compiles it on every call. */
    private static final Pattern SPACES = Pattern.compile(" +");

    private static final CueKind[] PAGE_WORDS = {
        CueKind.NAVIGATION, CueKind.FURNITURE, CueKind.PROMO_PREFIX, CueKind.CHANNEL, CueKind.CAPTION, CueKind.AGENCY};

    /** Most words a byline opener ("Reporting by", "Автор:") may have. */
    private static final int MAX_OPENER_WORDS = 4;

    private final CueIndex cues;

    BylineParser(CueIndex cues) {
        this.cues = cues;
    }

    /** Authors of a byline that opens with a byline word ("By", "Автор:"); empty if the text is not one. */
    List<String> opened(String text) {
        List<String> names = new ArrayList<>();
        boolean first = true;
        for (String clause : stripParens(text).split(";")) {
            // Openers are the first few words: a paragraph of prose, asked too, is not cut up whole.
            String[] head = leadingTokens(clause.strip(), MAX_OPENER_WORDS);
            int opener = openerLength(head, CueKind.BYLINE);
            if (opener == 0) {
                // Later clauses may credit editors or photographers; the first one decides if this is a byline at all.
                if (first && openerLength(head, CueKind.NOT_AUTHOR) == 0) return List.of();
                first = false;
                continue;
            }
            first = false;
            if (openerLength(head, CueKind.NOT_AUTHOR) > opener) continue;
            String[] tokens = SPACES.split(clause.strip());
            String rest = String.join(" ", List.of(tokens).subList(opener, tokens.length));
            for (String part : parts(cutAtPipe(rest))) {
                String name = leadingName(part, true);
                if (name != null) names.add(name);
            }
        }
        return names;
    }

    /** The names of a line that is nothing but names ("A, B and C", "Rita Hale", "A and B |"); empty otherwise. */
    List<String> nameList(String text) {
        String body = cutAtPipe(text).strip();
        if (body.isEmpty() || body.length() > 200 || !NAME_LIST_CHARS.matcher(body).matches()) return List.of();
        List<String> names = new ArrayList<>();
        for (String part : parts(body)) {
            String name = leadingName(part, false);
            if (name == null || !name.equals(trimPunct(part)) || hasPageWord(name)) return List.of();
            names.add(name);
        }
        return names;
    }

    /** "Related Topics", "News Line": capitalised like a name, but made of words pages use for themselves. */
    private boolean hasPageWord(String name) {
        for (String word : Norm.of(name).split(" ")) {
            for (CueKind kind : PAGE_WORDS) if (cues.is(kind, word)) return true;
        }
        return false;
    }

    /** True if the line ends with the pipe some sites put after the byline ("A and B |"). */
    static boolean endsWithPipe(String text) {
        return text.endsWith("|");
    }

    /** The first {@code max} tokens of {@code SPACES.split(text)}, or all of them if fewer. */
    private static String[] leadingTokens(String text, int max) {
        List<String> tokens = new ArrayList<>(max);
        int start = 0;
        while (tokens.size() < max) {
            int space = text.indexOf(' ', start);
            if (space < 0) {
                tokens.add(text.substring(start));
                break;
            }
            tokens.add(text.substring(start, space));
            start = space + 1;
            while (start < text.length() && text.charAt(start) == ' ') start++;
            if (start == text.length()) break;   // split drops the trailing empty token
        }
        return tokens.toArray(new String[0]);
    }

    /** How many leading tokens form a cue of the kind, trying the longest first; 0 if none. */
    private int openerLength(String[] tokens, CueKind kind) {
        for (int k = Math.min(MAX_OPENER_WORDS, tokens.length); k >= 1; k--) {
            String head = Norm.of(String.join(" ", List.of(tokens).subList(0, k)));
            if (!head.isEmpty() && cues.is(kind, head)) return k;
        }
        return 0;
    }

    /** Splits a list of names at commas, ampersands and the word "and" of any language. */
    private List<String> parts(String text) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String token : SPACES.split(text.replace("&", " & "))) {
            String bare = token.endsWith(",") ? token.substring(0, token.length() - 1) : token;
            boolean joiner = cues.is(CueKind.AND, Norm.of(bare)) && !bare.isEmpty() && Character.isLowerCase(bare.charAt(0))
                    || "&".equals(bare);
            if (joiner) {
                flush(parts, current);
                continue;
            }
            if (current.length() > 0) current.append(' ');
            current.append(bare);
            if (token.endsWith(",")) flush(parts, current);
        }
        flush(parts, current);
        return parts;
    }

    private static void flush(List<String> parts, StringBuilder current) {
        String part = current.toString().strip();
        if (!part.isEmpty()) parts.add(part);
        current.setLength(0);
    }

    /**
     * The person's name at the start of the text, cut where the name words stop ("Pavel Polityuk in
     * Kyiv" gives "Pavel Polityuk"); null unless it starts with a name of two to four words followed
     * by nothing or by a place ("in Kyiv", "з Києва").
     */
    private static String leadingName(String text, boolean allowCaps) {
        String[] tokens = SPACES.split(trimPunct(text));
        List<String> name = new ArrayList<>();
        int capitalised = 0;
        int used = 0;
        for (String token : tokens) {
            boolean particle = PARTICLES.contains(token) && capitalised > 0;
            boolean nameWord = NAME_WORD.matcher(token).matches() || allowCaps && CAPS_WORD.matcher(token).matches();
            if (!particle && !nameWord) break;
            name.add(token);
            used++;
            if (nameWord) capitalised++;
        }
        while (!name.isEmpty() && PARTICLES.contains(name.get(name.size() - 1))) {
            name.remove(name.size() - 1);
            used--;
        }
        if (capitalised < 2 || capitalised > 4 || !isPlaceOrNothing(tokens, used)) return null;
        return String.join(" ", name);
    }

    /** After a name in a byline may come nothing, or one lower-case word and a capitalised place. */
    private static boolean isPlaceOrNothing(String[] tokens, int from) {
        if (from >= tokens.length) return true;
        if (from + 1 >= tokens.length || tokens[from].isEmpty() || !Character.isLowerCase(tokens[from].charAt(0))) return false;
        for (int k = from + 1; k < tokens.length; k++) {
            if (tokens[k].isEmpty() || !Character.isUpperCase(tokens[k].charAt(0))) return false;
        }
        return true;
    }

    private static String cutAtPipe(String text) {
        int pipe = text.indexOf('|');
        return pipe < 0 ? text : text.substring(0, pipe);
    }

    private static String stripParens(String text) {
        String t = text.strip();
        if (t.startsWith("(") && t.endsWith(")")) return t.substring(1, t.length() - 1);
        return t;
    }

    static String trimPunct(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && !Norm.isWordChar(text.charAt(start))) start++;
        while (end > start && !Norm.isWordChar(text.charAt(end - 1))) end--;
        // Keep the stop of a closing initial ("John F.") but not a sentence's ("Rita Hale.").
        boolean initial = end < text.length() && text.charAt(end) == '.' && end - start >= 1
                && Character.isUpperCase(text.charAt(end - 1)) && (end - 1 == start || text.charAt(end - 2) == ' ');
        return text.substring(start, initial ? end + 1 : end);
    }
}
