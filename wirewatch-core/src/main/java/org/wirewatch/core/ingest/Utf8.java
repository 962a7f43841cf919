package org.wirewatch.core.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.wirewatch.core.model.Issue;

/** UTF-8 decoding that keeps going past bad bytes and says where the first one was. */
final class Utf8 {
    private Utf8() {}

    /** Decoded text (BOM removed) and an {@link Issue#INVALID_UTF8} issue, or null when the bytes were valid. */
    record Decoded(String text, Issue issue) {}

    /** @param baseOffset where {@code bytes} start in the input, so the issue can point into the file */
    static Decoded decode(byte[] bytes, int length, long baseOffset) {
        int start = length >= 3 && FormatSniffer.hasUtf8Bom(bytes) ? 3 : 0;
        ByteBuffer in = ByteBuffer.wrap(bytes, start, length - start);
        CharBuffer out = CharBuffer.allocate(length - start);
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult result = strict.decode(in, out, true);
        if (!result.isError()) result = strict.flush(out);
        if (!result.isError()) return new Decoded(out.flip().toString(), null);
        String text = new String(bytes, start, length - start, StandardCharsets.UTF_8);
        return new Decoded(text, invalid(baseOffset + in.position()));
    }

    static Decoded decode(byte[] bytes) {
        return decode(bytes, bytes.length, 0);
    }

    private static Issue invalid(long offset) {
        return new Issue(Issue.INVALID_UTF8,
                "not valid UTF-8, decoded with replacement characters; first invalid byte at offset " + offset);
    }
}
