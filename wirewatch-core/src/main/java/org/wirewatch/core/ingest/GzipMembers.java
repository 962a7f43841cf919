package org.wirewatch.core.ingest;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Inflates a gzip file member by member (as .warc.gz and concatenated .gz are made), so damage
 * costs one member: a member whose deflate data or checksum is bad is reported, what it gave is
 * dropped (if it was still held: up to {@link #HELD_BYTES}), a line break ends whatever line it
 * left open, and inflating resumes at the next member's signature. A file cut short delivers
 * everything before the cut, then throws {@link EOFException}, which the reader above reports at
 * its own line or record.
 */
final class GzipMembers extends InputStream {
    /** A member's output is held until its checksum is checked, up to this size; larger ones stream. */
    static final int HELD_BYTES = 1 << 20;
    private static final int CHUNK = 64 * 1024;
    private static final int FHCRC = 2, FEXTRA = 4, FNAME = 8, FCOMMENT = 16, RESERVED = 0xe0;

    /** Told of each damaged member: its number (from 1), where it starts in the compressed file, and why. */
    interface Damage {
        void report(int member, long offset, String why);
    }

    private final PushbackInputStream raw;
    private final Damage damage;
    private final Inflater inflater = new Inflater(true);
    private final CRC32 crc = new CRC32();
    private final byte[] input = new byte[CHUNK];
    private int inputEnd;
    private long rawPosition;
    private int member;
    private long memberStart;
    private boolean inMember;
    private ByteArrayOutputStream held;
    /** The compressed bytes of the current member so far (null once over {@link #HELD_BYTES}). */
    private ByteArrayOutputStream memberRaw;
    private byte[] pending = new byte[0];
    private int pendingAt;
    private boolean cutShort;
    private boolean ended;

    GzipMembers(InputStream raw, Damage damage) {
        this.raw = new PushbackInputStream(raw, HELD_BYTES + CHUNK + 16);
        this.damage = damage;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) return 0;
        while (pendingAt >= pending.length) {
            if (cutShort) throw new EOFException("the gzip data is cut short");
            if (ended) return -1;
            fill();
        }
        int n = Math.min(len, pending.length - pendingAt);
        System.arraycopy(pending, pendingAt, b, off, n);
        pendingAt += n;
        return n;
    }

    @Override
    public void close() throws IOException {
        inflater.end();
        raw.close();
    }

    private void emit(byte[] bytes) {
        pending = bytes;
        pendingAt = 0;
    }

    /** Produces the next output (possibly none) or marks the end. */
    private void fill() throws IOException {
        if (!inMember && !startMember()) return;
        if (inflater.needsInput()) {
            int n = raw.read(input, 0, input.length);
            if (n < 0) {
                cutShortHere();
                return;
            }
            consumed(input, 0, n);
            inputEnd = n;
            inflater.setInput(input, 0, n);
        }
        byte[] out = new byte[CHUNK];
        int k;
        try {
            k = inflater.inflate(out);
        } catch (DataFormatException e) {
            damaged("bad deflate data");
            return;
        }
        if (k == 0 && !inflater.finished() && !inflater.needsInput()) {
            // no progress with input at hand: a preset dictionary, or data the inflater cannot move past
            damaged("bad deflate data");
            return;
        }
        crc.update(out, 0, k);
        if (held != null) {
            held.write(out, 0, k);
            if (held.size() > HELD_BYTES) release();
        } else if (k > 0) {
            emit(java.util.Arrays.copyOf(out, k));
        }
        if (inflater.finished()) endMember();
    }

    private void endMember() throws IOException {
        int remaining = inflater.getRemaining();
        long written = inflater.getBytesWritten();
        giveBack(input, inputEnd - remaining, remaining);
        inflater.reset(); // its input is given back: nothing remains to give back again
        byte[] trailer = take(8);
        if (trailer.length < 8) {
            cutShortHere();
            return;
        }
        long expectedCrc = le32(trailer, 0);
        long expectedSize = le32(trailer, 4);
        if (expectedCrc != crc.getValue() || expectedSize != (written & 0xffffffffL)) {
            damaged("checksum mismatch");
            return;
        }
        inMember = false;
        if (held != null) release();
    }

    /** The input ended inside a member: hand over what it gave, then fail. */
    private void cutShortHere() {
        if (held != null) release();
        cutShort = true;
        inMember = false;
    }

    private void release() {
        emit(held.toByteArray());
        held = null;
    }

    /**
     * Reports the member and searches for the next one from just after its first byte: damage can
     * make the inflater run on into the members after it, which must not be lost with it.
     */
    private void damaged(String why) throws IOException {
        damage.report(member, memberStart, why);
        inflater.reset();
        if (memberRaw != null && memberRaw.size() > 1) {
            byte[] again = memberRaw.toByteArray();
            memberRaw = null;
            raw.unread(again, 1, again.length - 1);
            rawPosition -= again.length - 1;
        }
        memberRaw = null;
        held = null;
        inMember = false;
        emit(new byte[] {'\n'});
        resync();
    }

    /** Skips to the next gzip signature (1f 8b 08), left unread; at the end of the input, ends. */
    private void resync() throws IOException {
        int prev2 = -1, prev1 = -1;
        for (int b; (b = raw.read()) >= 0; prev2 = prev1, prev1 = b) {
            rawPosition++;
            if (prev2 == 0x1f && prev1 == 0x8b && b == 8) {
                raw.unread(new byte[] {0x1f, (byte) 0x8b, 8});
                rawPosition -= 3;
                return;
            }
        }
        ended = true;
    }

    /** Reads a member header; false at the end of the input. */
    private boolean startMember() throws IOException {
        memberStart = rawPosition;
        memberRaw = new ByteArrayOutputStream();
        byte[] header = take(10);
        if (header.length == 0) {
            ended = true;
            return false;
        }
        member++;
        if (header.length < 10 && (header[0] & 0xff) == 0x1f) {
            cutShortHere();
            return false;
        }
        if (header.length < 10 || (header[0] & 0xff) != 0x1f || (header[1] & 0xff) != 0x8b || header[2] != 8) {
            memberRaw = null;
            raw.unread(header, 1, header.length - 1);
            rawPosition -= header.length - 1;
            damage.report(member, memberStart, "not a gzip member");
            member--;
            resync();
            return false;
        }
        int flags = header[3];
        if ((flags & RESERVED) != 0) {
            damaged("bad header");
            return false;
        }
        boolean complete = true;
        if ((flags & FEXTRA) != 0) {
            byte[] len = take(2);
            int extra = len.length < 2 ? 0 : (len[0] & 0xff) | (len[1] & 0xff) << 8;
            complete = len.length == 2 && take(extra).length == extra;
        }
        if (complete && (flags & FNAME) != 0) complete = skipZeroTerminated();
        if (complete && (flags & FCOMMENT) != 0) complete = skipZeroTerminated();
        if (complete && (flags & FHCRC) != 0) complete = take(2).length == 2;
        if (!complete) {
            // a damaged flag can make the header swallow the members after it: search them again
            damaged("bad header");
            return false;
        }
        inflater.reset();
        crc.reset();
        held = new ByteArrayOutputStream();
        inMember = true;
        return true;
    }

    /** Skips a file name or comment; false when the input ends first. */
    private boolean skipZeroTerminated() throws IOException {
        for (byte[] b = take(1); b.length == 1; b = take(1)) {
            if (b[0] == 0) return true;
        }
        return false;
    }

    /** Up to {@code n} bytes of the member, remembered in case it must be searched again. */
    private byte[] take(int n) throws IOException {
        byte[] bytes = raw.readNBytes(n);
        consumed(bytes, 0, bytes.length);
        return bytes;
    }

    private void consumed(byte[] bytes, int from, int n) {
        rawPosition += n;
        if (memberRaw == null) return;
        if (memberRaw.size() + n > HELD_BYTES) {
            memberRaw = null; // too large to search again: after damage, the search starts where reading stopped
        } else {
            memberRaw.write(bytes, from, n);
        }
    }

    /** Gives back the last {@code n} bytes taken. */
    private void giveBack(byte[] bytes, int from, int n) throws IOException {
        if (n == 0) return;
        raw.unread(bytes, from, n);
        rawPosition -= n;
        if (memberRaw != null) {
            byte[] kept = memberRaw.toByteArray();
            memberRaw = new ByteArrayOutputStream();
            memberRaw.write(kept, 0, kept.length - n);
        }
    }

    private static long le32(byte[] b, int at) {
        return (b[at] & 0xffL) | (b[at + 1] & 0xffL) << 8 | (b[at + 2] & 0xffL) << 16 | (b[at + 3] & 0xffL) << 24;
    }
}
