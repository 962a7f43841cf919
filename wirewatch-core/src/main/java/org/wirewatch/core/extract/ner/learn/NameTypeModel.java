package org.wirewatch.core.extract.ner.learn;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A linear model over {@link WordFeatures} that says whether a capitalised word is a person's
 * name, a place, an organisation or not a name: one weight per (feature bucket, kind), quantised
 * to 16 bits. Immutable and thread-safe.
 *
 * <p>File format (gzip): magic {@code WWNM}, version, feature bits, number of kinds, the scale of
 * a weight unit, then the buckets with any non-zero weight as (gap from the previous bucket as a
 * varint, one short per kind). Only buckets that training touched are stored, so the file stays
 * small (see docs/ner-model.md).
 */
public final class NameTypeModel {
    private static final int MAGIC = 0x57574E4D; // "WWNM"
    private static final int VERSION = 1;
    private static final NameKind[] KINDS = NameKind.values();

    private final WordFeatures features;
    private final short[] weights;
    private final float scale;

    NameTypeModel(WordFeatures features, short[] weights, float scale) {
        if (weights.length != features.buckets() * KINDS.length) throw new IllegalArgumentException("weights do not fit the features");
        this.features = features;
        this.weights = weights;
        this.scale = scale;
    }

    /** Quantises averaged float weights (bucket-major, one per kind) into a model. */
    static NameTypeModel quantise(WordFeatures features, float[] weights) {
        float max = 0;
        for (float w : weights) max = Math.max(max, Math.abs(w));
        float scale = max == 0 ? 1 : max / Short.MAX_VALUE;
        short[] q = new short[weights.length];
        for (int i = 0; i < weights.length; i++) q[i] = (short) Math.round(weights[i] / scale);
        return new NameTypeModel(features, q, scale);
    }

    public Prediction predict(String word) {
        double[] s = scores(word);
        int best = 0;
        for (int k = 1; k < s.length; k++) if (s[k] > s[best]) best = k;
        double second = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < s.length; k++) if (k != best) second = Math.max(second, s[k]);
        return new Prediction(KINDS[best], s[best] - second);
    }

    /** The score of each kind, in {@link NameKind} order. */
    double[] scores(String word) {
        long[] sums = new long[KINDS.length];
        for (int f : features.of(word)) {
            int base = f * KINDS.length;
            for (int k = 0; k < KINDS.length; k++) sums[k] += weights[base + k];
        }
        double[] out = new double[KINDS.length];
        for (int k = 0; k < KINDS.length; k++) out[k] = sums[k] * (double) scale;
        return out;
    }

    public void write(OutputStream out) throws IOException {
        GZIPOutputStream gzip = new GZIPOutputStream(out);
        DataOutputStream data = new DataOutputStream(gzip);
        data.writeInt(MAGIC);
        data.writeInt(VERSION);
        data.writeInt(features.bits());
        data.writeInt(KINDS.length);
        data.writeFloat(scale);
        int used = 0;
        for (int b = 0; b < features.buckets(); b++) if (used(b)) used++;
        data.writeInt(used);
        int previous = 0;
        for (int b = 0; b < features.buckets(); b++) {
            if (!used(b)) continue;
            writeVarint(data, b - previous);
            previous = b;
            for (int k = 0; k < KINDS.length; k++) data.writeShort(weights[b * KINDS.length + k]);
        }
        data.flush();
        gzip.finish();
    }

    /** Reads a model written by {@link #write}; {@code source} names it in errors. */
    public static NameTypeModel read(InputStream in, String source) throws IOException {
        DataInputStream data = new DataInputStream(new GZIPInputStream(in));
        if (data.readInt() != MAGIC) throw new IOException(source + ": not a name-type model");
        int version = data.readInt();
        if (version != VERSION) throw new IOException(source + ": model version " + version + ", this build reads " + VERSION);
        WordFeatures features = new WordFeatures(data.readInt());
        if (data.readInt() != KINDS.length) throw new IOException(source + ": model has a different set of kinds");
        float scale = data.readFloat();
        int used = data.readInt();
        short[] weights = new short[features.buckets() * KINDS.length];
        int bucket = 0;
        for (int i = 0; i < used; i++) {
            bucket += readVarint(data);
            if (bucket >= features.buckets()) throw new IOException(source + ": bucket " + bucket + " out of range");
            for (int k = 0; k < KINDS.length; k++) weights[bucket * KINDS.length + k] = data.readShort();
        }
        return new NameTypeModel(features, weights, scale);
    }

    private boolean used(int bucket) {
        for (int k = 0; k < KINDS.length; k++) if (weights[bucket * KINDS.length + k] != 0) return true;
        return false;
    }

    private static void writeVarint(DataOutputStream out, int value) throws IOException {
        while ((value & ~0x7F) != 0) {
            out.writeByte((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        out.writeByte(value);
    }

    private static int readVarint(DataInputStream in) throws IOException {
        int value = 0;
        for (int shift = 0; shift < 32; shift += 7) {
            int b = in.readUnsignedByte();
            value |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) return value;
        }
        throw new IOException("malformed varint");
    }
}
