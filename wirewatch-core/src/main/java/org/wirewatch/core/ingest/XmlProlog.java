package org.wirewatch.core.ingest;

import java.util.Locale;

/** Finds the name of the first element of a markup document, past declarations, comments and doctype. */
final class XmlProlog {
    private XmlProlog() {}

    /** The lower-cased root element name ("html" for an HTML doctype), or null if the head shows none. */
    static String rootElement(String head) {
        int i = 0;
        while (i < head.length()) {
            i = skipSpace(head, i);
            if (!head.startsWith("<", i)) return null;
            if (head.startsWith("<?", i)) {
                i = after(head, "?>", i);
            } else if (head.startsWith("<!--", i)) {
                i = after(head, "-->", i);
            } else if (head.regionMatches(true, i, "<!doctype", 0, 9)) {
                String doctype = head.substring(i + 9, Math.min(head.length(), i + 40)).strip().toLowerCase(Locale.ROOT);
                if (doctype.startsWith("html")) return "html";
                i = after(head, ">", i);
            } else {
                return elementName(head, i + 1);
            }
            if (i < 0) return null;
        }
        return null;
    }

    private static String elementName(String head, int from) {
        int end = from;
        while (end < head.length() && isNameChar(head.charAt(end))) end++;
        return end == from ? null : head.substring(from, end).toLowerCase(Locale.ROOT);
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == ':' || c == '-' || c == '_' || c == '.';
    }

    private static int after(String s, String marker, int from) {
        int at = s.indexOf(marker, from);
        return at < 0 ? -1 : at + marker.length();
    }

    private static int skipSpace(String s, int from) {
        int i = from;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
        return i;
    }
}
