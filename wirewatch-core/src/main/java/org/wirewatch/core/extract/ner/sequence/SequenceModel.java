package org.wirewatch.core.extract.ner.sequence;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Trained weights of the sequence tagger for one language: one weight per (feature bucket, tag)
 * and one per tag transition. Immutable after construction (the arrays are never handed out), so
 * one instance serves every thread.
 *
 * <p>On disk: gzip of a header and the non-zero weights only (most (bucket, tag) pairs are never
 * updated), so a file is a fraction of the heap it takes.
 */
public final class SequenceModel {
    private static final String MAGIC = "wirewatch-ner-sequence";
    private static final int FORMAT = 1;

    private final String lang;
    private final int featureSet;
    private final FeatureGroups groups;
    private final int bits;
    private final int mask;
    private final float[] weights;
    private final float[] transitions;

    SequenceModel(String lang, int featureSet, FeatureGroups groups, int bits, float[] weights, float[] transitions) {
        if (weights.length != (1 << bits) * Bilou.COUNT || transitions.length != (Bilou.COUNT + 1) * Bilou.COUNT) {
            throw new IllegalArgumentException("weights do not fit " + bits + " bits");
        }
        this.lang = lang;
        this.featureSet = featureSet;
        this.groups = groups;
        this.bits = bits;
        this.mask = (1 << bits) - 1;
        this.weights = weights;
        this.transitions = transitions;
    }

    public String lang() {
        return lang;
    }

    /** The version of the features the model was trained with ({@link FeatureExtractor#FEATURE_SET}). */
    public int featureSet() {
        return featureSet;
    }

    /** The optional feature groups the model was trained with. */
    public FeatureGroups groups() {
        return groups;
    }

    public int bits() {
        return bits;
    }

    /** The best tags for a sentence whose tokens have these hashed features. */
    int[] decode(int[][] features) {
        return Viterbi.decode(emission(features), transitions);
    }

    float[][] emission(int[][] features) {
        float[][] scores = new float[features.length][Bilou.COUNT];
        for (int i = 0; i < features.length; i++) {
            float[] row = scores[i];
            for (int f : features[i]) {
                int base = (f & mask) * Bilou.COUNT;
                for (int t = 0; t < Bilou.COUNT; t++) row[t] += weights[base + t];
            }
        }
        return scores;
    }

    public void write(OutputStream raw) throws IOException {
        GZIPOutputStream zip = new GZIPOutputStream(raw, 1 << 16);
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(zip, 1 << 16));
        out.writeUTF(MAGIC);
        out.writeInt(FORMAT);
        out.writeUTF(lang);
        out.writeInt(featureSet);
        out.writeInt(groups.mask());
        out.writeInt(bits);
        for (float t : transitions) out.writeFloat(t);
        int nonZero = 0;
        for (float w : weights) if (w != 0f) nonZero++;
        out.writeInt(nonZero);
        int previous = -1;
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] == 0f) continue;
            writeVarInt(out, i - previous);
            out.writeFloat(weights[i]);
            previous = i;
        }
        out.flush();
        zip.finish();
    }

    public static SequenceModel read(InputStream raw, String source) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16));
        if (!MAGIC.equals(in.readUTF()) || in.readInt() != FORMAT) throw new IOException("not a sequence NER model: " + source);
        String lang = in.readUTF();
        int featureSet = in.readInt();
        FeatureGroups groups = new FeatureGroups(in.readInt());
        int bits = in.readInt();
        if (bits < 10 || bits > 24) throw new IOException("bad bucket bits " + bits + " in " + source);
        float[] transitions = new float[(Bilou.COUNT + 1) * Bilou.COUNT];
        for (int i = 0; i < transitions.length; i++) transitions[i] = in.readFloat();
        float[] weights = new float[(1 << bits) * Bilou.COUNT];
        int nonZero = in.readInt();
        int index = -1;
        for (int k = 0; k < nonZero; k++) {
            index += readVarInt(in);
            weights[index] = in.readFloat();
        }
        return new SequenceModel(lang, featureSet, groups, bits, weights, transitions);
    }

    private static void writeVarInt(DataOutputStream out, int v) throws IOException {
        while ((v & ~0x7F) != 0) {
            out.writeByte((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.writeByte(v);
    }

    private static int readVarInt(DataInputStream in) throws IOException {
        int v = 0;
        for (int shift = 0; ; shift += 7) {
            int b = in.readUnsignedByte();
            v |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) return v;
        }
    }
}
