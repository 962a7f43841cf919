package org.wirewatch.core.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Language-free facts about the shape of a line: how it ends, whether it is a time, a counter, a link. */
final class LineShape {
    private LineShape() {}

    private static final Pattern TIME = Pattern.compile(
            "(?:[01]?\\d|2[0-3])[:.][0-5]\\d(?:\\s?[ap]\\.?\\s?m)?", Pattern.CASE_INSENSITIVE);
    /** A view counter: "134", "1.1т", "2.2k", "12 345", "3,4 тыс". */
    private static final Pattern COUNTER = Pattern.compile(
            "\\d{1,3}(?:[ .,]?\\d{3})*(?:[.,]\\d{1,2})?\\s?(?:[kmкмт]|тис|тыс)?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A headline after a time stamp, as in a news feed: "11:11 Headline". */
    private static final Pattern TIME_PREFIX = Pattern.compile(
            "(?:[01]?\\d|2[0-3]):[0-5]\\d\\s+\\S.*");
    private static final Pattern URL_TOKEN = Pattern.compile(
            "(?i)(?:https?://|www\\.)\\S+|[\\w.-]+\\.[a-z]{2,6}(?:/\\S*)?");
    private static final String CLOSERS = "\"'”’»)]*」』）";

    /**
     * True if the line ends a sentence: ., !, ?, … or their CJK forms before any closing quotes,
     * brackets or emoji ("Start price 1000.💸").
     */
    static boolean endsSentence(String text) {
        int i = text.length() - 1;
        while (i >= 0 && (CLOSERS.indexOf(text.charAt(i)) >= 0 || Norm.isSpace(text.charAt(i)) || isEmojiPart(text.charAt(i)))) i--;
        if (i < 0) return false;
        char c = text.charAt(i);
        return c == '.' || c == '!' || c == '?' || c == '…' || c == '。' || c == '！' || c == '？';
    }

    /** True if the line ends with a full stop (headlines may end with ? or !, rarely with a stop). */
    static boolean endsWithStop(String text) {
        int i = text.length() - 1;
        while (i >= 0 && (CLOSERS.indexOf(text.charAt(i)) >= 0 || Norm.isSpace(text.charAt(i)) || isEmojiPart(text.charAt(i)))) i--;
        return i >= 0 && (text.charAt(i) == '.' || text.charAt(i) == '…');
    }

    /**
     * A char of an emoji after a sentence: a pictograph (a surrogate half, or a symbol or dingbat
     * of U+2600–U+27BF), a variation selector, a joiner. Not ® or ™, which end brand names.
     */
    private static boolean isEmojiPart(char c) {
        return Character.isSurrogate(c) || (c >= '\u2600' && c <= '\u27BF') || c == '\uFE0F' || c == '\u200D';
    }

    static boolean isTime(String norm) {
        return norm.length() <= 12 && TIME.matcher(norm).matches();
    }

    static boolean isCounter(String norm) {
        return norm.length() <= 12 && COUNTER.matcher(norm).matches();
    }

    static boolean startsWithTime(String text) {
        return text.length() > 6 && Character.isDigit(text.charAt(0)) && TIME_PREFIX.matcher(text).matches();
    }

    static boolean hasNoWordChar(String text) {
        for (int i = 0; i < text.length(); i++) if (Character.isLetterOrDigit(text.charAt(i))) return false;
        return true;
    }

    /** Share of the line's non-space chars that sit in URLs or bare domains. */
    static double linkShare(String text) {
        int total = 0;
        for (int i = 0; i < text.length(); i++) if (!Norm.isSpace(text.charAt(i))) total++;
        if (total == 0) return 0;
        // Tokens are the runs between single spaces, as split(" ") gives them, walked without
        // allocating; a URL has "://" or a dot, so most words need not meet the regular expression.
        int inLinks = 0;
        Matcher url = null;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf(' ', start);
            if (end < 0) end = text.length();
            if (mayBeLink(text, start, end)) {
                url = url == null ? URL_TOKEN.matcher(text) : url;
                if (url.region(start, end).matches()) inLinks += end - start;
            }
            start = end + 1;
        }
        return inLinks / (double) total;
    }

    private static boolean mayBeLink(String text, int start, int end) {
        for (int i = start; i < end; i++) if (text.charAt(i) == '.' || text.charAt(i) == ':') return true;
        return false;
    }

    /** A line made only of #hashtags and @handles. */
    /** An item of a list in the page's markup: the HTML reader starts each with a bullet ("• "). */
    static boolean isListItem(String text) {
        return text.startsWith("• ");
    }

    static boolean isTagLine(String text) {
        // Each word's first char, without splitting the line: almost every line fails on its first.
        for (int i = 0; i < text.length(); i++) {
            boolean wordStart = text.charAt(i) != ' ' && (i == 0 || text.charAt(i - 1) == ' ');
            if (wordStart && text.charAt(i) != '#' && text.charAt(i) != '@') return false;
        }
        return true;
    }

    /** A short line that reads like a headline: starts with a capital, digit or quote and does not end a sentence with a stop. */
    static boolean looksLikeHeadline(Line line) {
        if (line.words() < 3 || line.words() > 30 || line.text().length() > 250) return false;
        if (LineShape.endsSentence(line.text())) return false;
        char first = line.text().charAt(0);
        char last = line.text().charAt(line.text().length() - 1);
        if (last == ':' || last == ',' || last == ';' || last == '-') return false;
        return Character.isUpperCase(first) || Character.isDigit(first) || "\"'“‘«„".indexOf(first) >= 0;
    }
}
