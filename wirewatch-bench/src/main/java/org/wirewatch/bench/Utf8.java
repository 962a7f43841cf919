package org.wirewatch.bench.corpus;

/** UTF-8 size of text without encoding it: articles are sized in bytes, as "3–5 KB" means on disk. */
final class Utf8Size {
    private Utf8Size() {}

    static int of(CharSequence s) {
        int bytes = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) bytes += 1;
            else if (c < 0x800) bytes += 2;
            else if (Character.isHighSurrogate(c)) {
                bytes += 4;
                i++;
            } else bytes += 3;
        }
        return bytes;
    }
}
