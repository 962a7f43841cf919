package org.wirewatch.core.eval;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The text comparison of the extraction metric (trafilatura's {@code tests/eval_common.py}, made
 * tolerant of typography): a snippet counts as present when it is a plain, case-sensitive
 * substring of the page text once both went through the same normalisation.
 */
enum SnippetText {
    /** NFC, invisible characters deleted, curly quotes and guillemets made straight, whitespace collapsed. */
    TYPOGRAPHIC {
        @Override
        String normalise(String s) {
            String nfc = Normalizer.normalize(s, Normalizer.Form.NFC);
            StringBuilder out = new StringBuilder(nfc.length());
            for (int i = 0; i < nfc.length(); i++) {
                char c = nfc.charAt(i);
                if (INVISIBLE.indexOf(c) >= 0) continue;
                if (SINGLE_QUOTES.indexOf(c) >= 0) c = '\'';
                else if (DOUBLE_QUOTES.indexOf(c) >= 0) c = '"';
                out.append(c);
            }
            return collapse(out);
        }
    },
    /** Whitespace collapsed only: exactly trafilatura's {@code norm()}, comparable with its published table. */
    STRICT {
        @Override
        String normalise(String s) {
            return collapse(s);
        }
    };

    private static final String INVISIBLE = "\u00AD\u200B\u200C\u200D\u2060\uFEFF";
    private static final String SINGLE_QUOTES = "‘’‚‛′‹›";
    private static final String DOUBLE_QUOTES = "“”„‟″«»";
    /** Python's {@code str.isspace}: Unicode white space (NBSP included) plus the four ASCII separators U+001C..U+001F. */
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\x1C-\\x1F]+", Pattern.UNICODE_CHARACTER_CLASS);

    abstract String normalise(String s);

    private static String collapse(CharSequence s) {
        return WHITESPACE.matcher(s).replaceAll(" ").strip();
    }
}
