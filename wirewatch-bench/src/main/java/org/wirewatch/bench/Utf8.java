package org.wirewatch.bench;

/**
 * UTF-8 size of text without encoding it: generated pages are sized in bytes, as "3–5 KB" means
 * on disk, and MB/s is reported over the input's UTF-8 size.
 */
public final class Utf8 {
    private Utf8() {}

    public static int size(CharSequence s) {
        int bytes = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) bytes += 1;
            else if (c < 0x800) bytes += 2;
            else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else bytes += 3;
        }
        return bytes;
    }
}
