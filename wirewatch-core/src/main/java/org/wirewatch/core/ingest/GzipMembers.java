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
    private static final int FHCRC = 2, FEXTRA = 4, FNAME = 8, FCOMMENT = 16;

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
    private byte[] pending = new byte[0];
    private int pendingAt;
    private boolean cutShort;
    private boolean ended;

    GzipMembers(InputStream raw, Damage damage) {
        this.raw = new PushbackInputStream(raw, CHUNK + 16);
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
            rawPosition += n;
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
        if (k == 0 && inflater.needsDictionary()) {
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
        raw.unread(input, inputEnd - remaining, remaining);
        rawPosition -= remaining;
        byte[] trailer = raw.readNBytes(8);
        rawPosition += trailer.length;
        if (trailer.length < 8) {
            cutShortHere();
            return;
        }
        long expectedCrc = le32(trailer, 0);
        long expectedSize = le32(trailer, 4);
        if (expectedCrc != crc.getValue() || expectedSize != (inflater.getBytesWritten() & 0xffffffffL)) {
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

    private void damaged(String why) throws IOException {
        damage.report(member, memberStart, why);
        int remaining = inflater.getRemaining();
        if (!inflater.needsInput() && remaining > 0) {
            raw.unread(input, inputEnd - remaining, remaining);
            rawPosition -= remaining;
        }
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
        byte[] header = raw.readNBytes(10);
        rawPosition += header.length;
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
            raw.unread(header, 1, header.length - 1);
            rawPosition -= header.length - 1;
            damage.report(member, memberStart, "not a gzip member");
            member--;
            resync();
            return false;
        }
        int flags = header[3];
        if ((flags & FEXTRA) != 0) {
            byte[] len = raw.readNBytes(2);
            int extra = len.length < 2 ? 0 : (len[0] & 0xff) | (len[1] & 0xff) << 8;
            rawPosition += len.length + raw.readNBytes(extra).length;
        }
        if ((flags & FNAME) != 0) skipZeroTerminated();
        if ((flags & FCOMMENT) != 0) skipZeroTerminated();
        if ((flags & FHCRC) != 0) rawPosition += raw.readNBytes(2).length;
        inflater.reset();
        crc.reset();
        held = new ByteArrayOutputStream();
        inMember = true;
        return true;
    }

    private void skipZeroTerminated() throws IOException {
        for (int b; (b = raw.read()) > 0; ) rawPosition++;
        rawPosition++;
    }

    private static long le32(byte[] b, int at) {
        return (b[at] & 0xffL) | (b[at + 1] & 0xffL) << 8 | (b[at + 2] & 0xffL) << 16 | (b[at + 3] & 0xffL) << 24;
    }
}
