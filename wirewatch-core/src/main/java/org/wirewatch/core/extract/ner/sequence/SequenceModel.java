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
    /**
     * A model read from a file keeps each bucket's weights in a slot of 16 floats (64 bytes, one
     * cache line) starting at {@value #LINE_START}: a 16-byte array header then puts every slot on
     * a line of its own in an array the collector places at a region's start (G1 does for large
     * arrays), so summing a feature's weights reads one line of the table, not two.
     */
    private static final int LINE = 16;
    private static final int LINE_START = 12;

    private final int mask;
    /** Bucket b's weight for tag t is {@code weights[start + b * stride + t]}. */
    private final float[] weights;
    private final int stride;
    private final int start;
    private final float[] transitions;

    /** A model over the trainer's weights, {@code weights[b * COUNT + t]}, which it goes on updating. */
    SequenceModel(String lang, int featureSet, FeatureGroups groups, int bits, float[] weights, float[] transitions) {
        this(lang, featureSet, groups, bits, weights, Bilou.COUNT, 0, transitions);
    }

    private SequenceModel(String lang, int featureSet, FeatureGroups groups, int bits, float[] weights, int stride, int start,
                          float[] transitions) {
        if (weights.length != start + (1 << bits) * stride || transitions.length != (Bilou.COUNT + 1) * Bilou.COUNT) {
            throw new IllegalArgumentException("weights do not fit " + bits + " bits");
        }
        this.lang = lang;
        this.featureSet = featureSet;
        this.groups = groups;
        this.bits = bits;
        this.mask = (1 << bits) - 1;
        this.weights = weights;
        this.stride = stride;
        this.start = start;
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

    /**
     * As {@link #decode(int[][])}, where the first {@code known[i].length} features of token i are
     * {@code known[i]} and {@code knownScores[i]} is {@link #scores} of them: the sums go on from
     * there in the same order, so the result is the same to the last bit.
     */
    int[] decode(int[][] features, int[][] known, float[][] knownScores) {
        float[][] scores = new float[features.length][];
        for (int i = 0; i < features.length; i++) {
            float[] row = knownScores[i].clone();
            add(row, features[i], known[i].length);
            scores[i] = row;
        }
        return Viterbi.decode(scores, transitions);
    }

    float[][] emission(int[][] features) {
        float[][] scores = new float[features.length][Bilou.COUNT];
        for (int i = 0; i < features.length; i++) add(scores[i], features[i], 0);
        return scores;
    }

    /** The summed weights of these features for each tag, added one feature after the other from 0. */
    float[] scores(int[] features) {
        float[] row = new float[Bilou.COUNT];
        add(row, features, 0);
        return row;
    }

    /**
     * Sums the features' weights into {@code row}, tag by tag in the features' order (so every score
     * is the same float whatever the layout). The rows sit at random places of a table larger than
     * the caches, so reading them is most of tagging: the first pass only touches each feature's
     * line, loads the processor can keep many of in flight at once, and the second adds up from
     * the cache, thirteen sums held in registers rather than stored back to the row after each feature.
     */
    private void add(float[] row, int[] features, int from) {
        if (Bilou.COUNT != 13) throw new IllegalStateException("the sums below are written out for 13 tags");
        float[] w = weights;
        int touched = 0;
        for (int k = from; k < features.length; k++) touched |= Float.floatToRawIntBits(w[start + (features[k] & mask) * stride]);
        float r0 = row[0], r1 = row[1], r2 = row[2], r3 = row[3], r4 = row[4], r5 = row[5], r6 = row[6];
        float r7 = row[7], r8 = row[8], r9 = row[9], r10 = row[10], r11 = row[11], r12 = row[12];
        if (touched == 1) r0 -= 0f;   // keeps the touching loads alive; x - 0 is x for every float, -0 included
        for (int k = from; k < features.length; k++) {
            int b = start + (features[k] & mask) * stride;
            r0 += w[b];
            r1 += w[b + 1];
            r2 += w[b + 2];
            r3 += w[b + 3];
            r4 += w[b + 4];
            r5 += w[b + 5];
            r6 += w[b + 6];
            r7 += w[b + 7];
            r8 += w[b + 8];
            r9 += w[b + 9];
            r10 += w[b + 10];
            r11 += w[b + 11];
            r12 += w[b + 12];
        }
        row[0] = r0; row[1] = r1; row[2] = r2; row[3] = r3; row[4] = r4; row[5] = r5; row[6] = r6;
        row[7] = r7; row[8] = r8; row[9] = r9; row[10] = r10; row[11] = r11; row[12] = r12;
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
        int n = (1 << bits) * Bilou.COUNT;   // the file's index: bucket * COUNT + tag, whatever the layout in memory
        int nonZero = 0;
        for (int i = 0; i < n; i++) if (weight(i) != 0f) nonZero++;
        out.writeInt(nonZero);
        int previous = -1;
        for (int i = 0; i < n; i++) {
            if (weight(i) == 0f) continue;
            writeVarInt(out, i - previous);
            out.writeFloat(weight(i));
            previous = i;
        }
        out.flush();
        zip.finish();
    }

    private float weight(int fileIndex) {
        return weights[start + fileIndex / Bilou.COUNT * stride + fileIndex % Bilou.COUNT];
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
        float[] weights = new float[LINE_START + (1 << bits) * LINE];
        int nonZero = in.readInt();
        int index = -1;
        for (int k = 0; k < nonZero; k++) {
            index += readVarInt(in);
            if (index < 0 || index >= (1 << bits) * Bilou.COUNT) throw new IOException("weight index " + index + " out of range in " + source);
            weights[LINE_START + index / Bilou.COUNT * LINE + index % Bilou.COUNT] = in.readFloat();
        }
        return new SequenceModel(lang, featureSet, groups, bits, weights, LINE, LINE_START, transitions);
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
