package org.wirewatch.core.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Classifies one line on its own, without looking at its neighbours: separators, time stamps and
 * counters, switchers, links, captions, promos and furniture. Everything else is {@link LineKind#CONTENT}
 * here; the rules that need context (sidebars, edges, repeats) run later.
 */
final class LineRules {
    /** Furniture is short; a line with more words is somebody's sentence that happens to start like it. */
    private static final int MAX_FURNITURE_WORDS = 12;
    private static final int MAX_CAPTION_WORDS = 25;
    private static final Pattern TRAILING_PARENS = Pattern.compile("\\(([^()]{1,120})\\)\\s*$");
    /** "Ранее Вести писали, Headline": intro up to a comma, then a capital. */
    private static final Pattern PROMO_SHAPE = Pattern.compile("^(\\p{L}+)\\s(?:[^,]{1,60}\\s)?(\\p{L}+),\\s+[\\p{Lu}\"«“„]");

    private final CueIndex cues;
    private final DatelineParser datelines;

    LineRules(CueIndex cues, DatelineParser datelines) {
        this.cues = cues;
        this.datelines = datelines;
    }

    LineKind classify(Line line) {
        String text = line.text();
        if (LineShape.hasNoWordChar(text)) return LineKind.SEPARATOR;
        if (line.norm().isEmpty()) return LineKind.CONTENT; // too long to be furniture
        if (isMarker(line)) return LineKind.MARKER;
        if (isSwitcher(line)) return LineKind.SWITCHER;
        if (LineShape.isTagLine(text) || LineShape.linkShare(text) >= 0.5) return LineKind.LINK;
        if (isCaption(line)) return LineKind.CAPTION;
        if (isPromo(line)) return LineKind.PROMO;
        if (isFurniture(line)) return LineKind.FURNITURE;
        return LineKind.CONTENT;
    }

    private boolean isMarker(Line line) {
        String norm = line.norm();
        if (line.words() > 4) return false;
        String day = cues.prefix(CueKind.DAY, norm);
        String time = day == null ? norm : Norm.of(norm.substring(day.length()));
        if (LineShape.isTime(time)) return true;
        if (LineShape.isCounter(stripViews(norm))) return true;
        return datelines.isBareDate(line.text());
    }

    /** "2 345 просмотров", "Views: 134" → the number alone. */
    private String stripViews(String norm) {
        int space = norm.lastIndexOf(' ');
        if (space > 0 && cues.is(CueKind.VIEWS, norm.substring(space + 1))) return norm.substring(0, space);
        String head = cues.prefix(CueKind.VIEWS, norm);
        return head == null ? norm : Norm.of(norm.substring(head.length()));
    }

    /**
     * Two to eight language labels separated by spaces, bars, slashes, bullets or commas. Scanned by
     * hand, stopping at the first word that is not a label: a regular expression split of every line
     * showed up in the profile, and almost every line fails on its first word.
     */
    private boolean isSwitcher(Line line) {
        String norm = line.norm();
        int labels = 0;
        int i = 0;
        int n = norm.length();
        while (i < n) {
            while (i < n && isSwitcherSeparator(norm.charAt(i))) i++;
            if (i == n) break;
            int start = i;
            while (i < n && !isSwitcherSeparator(norm.charAt(i))) i++;
            if (++labels > 8 || !cues.is(CueKind.LANGUAGE_LABEL, norm.substring(start, i))) return false;
        }
        return labels >= 2;
    }

    /** Norm has collapsed every kind of whitespace to ' ', so these are all that separate labels. */
    private static boolean isSwitcherSeparator(char c) {
        return c == ' ' || c == '|' || c == '/' || c == '•' || c == '·' || c == ',' || c == '\t' || c == '\n'
                || c == '\u000B' || c == '\f' || c == '\r';
    }

    private boolean isCaption(Line line) {
        if (line.words() > MAX_CAPTION_WORDS) return false;
        String norm = line.norm();
        if (cues.is(CueKind.CAPTION, norm)) return true;
        String head = cues.prefix(CueKind.CAPTION, norm);
        if (head != null && (head.indexOf(' ') > 0 || creditMarkFollows(norm, head.length()))) return true;
        if (line.words() <= 8 && !line.endsSentence() && cues.endsWith(CueKind.CAPTION, norm)) return true;
        return captionInParens(line.text()) || endsWithCredit(line);
    }

    /** Most words a photo credit after its label may have ("Foto: Northbridge Wire"). */
    private static final int MAX_CREDIT_WORDS = 5;

    /**
     * "A short description. Photo: Agency Name": a caption sentence that closes with a credit label
     * and a name. Running text never ends on an unpunctuated name after such a label.
     */
    private boolean endsWithCredit(Line line) {
        if (line.endsSentence()) return false;
        String norm = line.norm();
        for (int i = norm.indexOf(' '); i > 0; i = norm.indexOf(' ', i + 1)) {
            String head = cues.prefixAt(CueKind.CAPTION, norm, i + 1);   // no substring per word
            int after = i + 1 + (head == null ? 0 : head.length());
            if (head != null && creditMarkFollows(norm, after)
                    && Lines.countWords(norm.substring(after)) <= MAX_CREDIT_WORDS) {
                return true;
            }
        }
        return false;
    }

    /** "Фото: X", "Photo / X", "Fot. X", "Photo © X": the caption word is a label, not a sentence's subject. */
    private static boolean creditMarkFollows(String norm, int at) {
        int i = at;
        while (i < norm.length() && norm.charAt(i) == ' ') i++;
        return i == norm.length() || ":/©.|—-(".indexOf(norm.charAt(i)) >= 0;
    }

    /** "Headline words Name Surname (photo: Getty Images)": a caption ends with its credit in brackets. */
    private boolean captionInParens(String text) {
        if (text.indexOf(')') < 0) return false;   // the usual case, without running the expression
        Matcher m = TRAILING_PARENS.matcher(text);
        if (!m.find()) return false;
        String inside = Norm.of(m.group(1));
        String head = cues.prefix(CueKind.CAPTION, inside);
        String before = text.substring(0, m.start()).strip();
        return head != null && creditMarkFollows(inside, head.length()) && !LineShape.endsSentence(before);
    }

    private boolean isPromo(Line line) {
        String norm = line.norm();
        String head = cues.prefix(CueKind.PROMO_PREFIX, norm);
        if (head != null && (head.indexOf(' ') > 0 || labelFollows(norm, head.length()))) return true;
        if (line.words() <= 40 && cues.contains(CueKind.PHRASE, norm)) return true;
        return isLinkPromo(line.text());
    }

    /** A one-word promo cue counts only as a label: "Related: …", "Подробнее →", or alone. */
    private static boolean labelFollows(String norm, int at) {
        int i = at;
        while (i < norm.length() && norm.charAt(i) == ' ') i++;
        return i == norm.length() || ":—-→>»".indexOf(norm.charAt(i)) >= 0;
    }

    /** "Ранее Вести-ua.net писали, Headline." or "Также X сообщали, Headline.": a headline pasted after a reporting verb. */
    private boolean isLinkPromo(String text) {
        if (text.indexOf(',') < 0) return false;   // the shape needs a comma; most lines lack one
        Matcher m = PROMO_SHAPE.matcher(text);
        return m.find()
                && cues.is(CueKind.PROMO_INTRO, Norm.of(m.group(1)))
                && cues.is(CueKind.PROMO_VERB, Norm.of(m.group(2)));
    }

    private boolean isFurniture(Line line) {
        String norm = line.norm();
        // A channel's name alone is a share or follow button ("Telegram", "ВКонтакте").
        if (cues.is(CueKind.FURNITURE, norm) || cues.is(CueKind.CHANNEL, norm)) return true;
        if (line.words() > 20) return false;
        if (isCallToAction(norm)) return true;
        if (line.words() > MAX_FURNITURE_WORDS || line.endsSentence()) return false;
        String head = cues.prefix(CueKind.FURNITURE, norm);
        return head != null && head.indexOf(' ') > 0;
    }

    /** "Читайте X в Google News", "Follow us on Telegram": an imperative and a channel. */
    private boolean isCallToAction(String norm) {
        int space = norm.indexOf(' ');
        String first = space < 0 ? norm : norm.substring(0, space);
        return cues.is(CueKind.CALL_TO_ACTION, first) && cues.contains(CueKind.CHANNEL, norm);
    }
}
