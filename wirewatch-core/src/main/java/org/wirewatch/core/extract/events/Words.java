package org.wirewatch.core.extract.events;

import java.util.Locale;

/** The one folding applied to text words and cue-file words alike, so that they meet. */
final class Words {
    private Words() {}

    /** Lower case (Locale.ROOT), ё → е, every apostrophe → '. */
    static String normal(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.indexOf('ё') >= 0) w = w.replace('ё', 'е');
        return w.replace('’', '\'').replace('ʼ', '\'').replace('`', '\'');
    }
}
