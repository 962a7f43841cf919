package org.wirewatch.core.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * Picks a {@link Format} from the first bytes of a stream, then from its file name.
 * Unmistakable content (gzip magic, "WARC/", an HTML or feed root element) beats the name;
 * the name beats guesses from the first character; plain text is the default.
 */
final class FormatSniffer {
    /** How many bytes {@link #sniff} wants to see. */
    static final int HEAD_BYTES = 8192;

    private static final Map<String, Format> EXTENSIONS = Map.ofEntries(
            Map.entry("txt", Format.TEXT), Map.entry("text", Format.TEXT),
            Map.entry("jsonl", Format.JSONL), Map.entry("ndjson", Format.JSONL), Map.entry("json", Format.JSONL),
            Map.entry("html", Format.HTML), Map.entry("htm", Format.HTML), Map.entry("xhtml", Format.HTML),
            Map.entry("rss", Format.FEED), Map.entry("atom", Format.FEED), Map.entry("xml", Format.FEED),
            Map.entry("warc", Format.WARC));

    /**
     * @param head the first bytes of the stream (fewer than {@link #HEAD_BYTES} means that is all there is)
     * @param name the file name, gzip suffix already removed; "-" for standard input
     */
    Format sniff(byte[] head, String name) {
        if (head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) return Format.GZIP;
        // a .gz whose signature took a hit: its later members are still readable
        if (head.length >= 10 && ((head[0] & 0xff) == 0x1f || (head[1] & 0xff) == 0x8b) && extension(name).equals("gz")) return Format.GZIP;
        int start = hasUtf8Bom(head) ? 3 : 0;
        if (startsWith(head, start, "WARC/")) return Format.WARC;
        int first = skipWhitespace(head, start);
        if (first == head.length) return head.length < HEAD_BYTES ? Format.EMPTY : Format.TEXT;
        if (looksBinary(head) && !isDamagedJsonLines(head, first, name)) return Format.BINARY;
        Format markup = byRootElement(head, first);
        if (markup != null) return markup;
        Format byName = EXTENSIONS.get(extension(name));
        if (byName != null) return byName;
        if (head[first] == '{') return Format.JSONL;
        if (head[first] == '<' && first + 1 < head.length && isTagStart(head[first + 1])) return Format.HTML;
        return Format.TEXT;
    }

    /**
     * JSON Lines with a stray NUL or control byte in some line (a flipped bit, a bad copy): each line
     * is its own record, so the damaged line is reported and the others are kept.
     */
    private static boolean isDamagedJsonLines(byte[] head, int first, String name) {
        if (head[first] != '{' && EXTENSIONS.get(extension(name)) != Format.JSONL) return false;
        int controls = 0;
        for (byte b : head) if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') controls++;
        return controls * 100L <= head.length;
    }

    /** NUL anywhere, or more than 5% C0 control characters other than tab, newlines and form feed. */
    static boolean looksBinary(byte[] head) {
        int controls = 0;
        for (byte b : head) {
            if (b == 0) return true;
            if (b > 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') controls++;
        }
        return controls * 20L > head.length;
    }

    private static Format byRootElement(byte[] head, int first) {
        if (head[first] != '<') return null;
        String root = XmlProlog.rootElement(new String(head, first, head.length - first, StandardCharsets.ISO_8859_1));
        if (root == null) return null;
        return switch (root) {
            case "rss", "feed", "rdf:rdf" -> Format.FEED;
            case "html", "head", "body" -> Format.HTML;
            default -> null;
        };
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean isTagStart(byte b) {
        return b == '!' || b == '?' || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
    }

    static boolean hasUtf8Bom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF;
    }

    private static boolean startsWith(byte[] head, int from, String ascii) {
        if (head.length - from < ascii.length()) return false;
        for (int i = 0; i < ascii.length(); i++) {
            if (head[from + i] != ascii.charAt(i)) return false;
        }
        return true;
    }

    private static int skipWhitespace(byte[] head, int from) {
        int i = from;
        while (i < head.length && (head[i] == ' ' || head[i] == '\t' || head[i] == '\n' || head[i] == '\r'
                || head[i] == '\f')) {
            i++;
        }
        return i;
    }
}
