package org.wirewatch.core.extract.tone;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.wirewatch.core.model.Check;
import org.wirewatch.core.model.Mention;

/**
 * A trained target-sentiment classifier of one language: multinomial logistic regression over
 * {@link TargetFeatures} (hashed), three classes. Trained by {@link SentimentTrainer} ({@code wirewatch
 * train sentiment}); stored as gzip of the non-zero weight rows. Immutable; thread-safe.
 */
public final class SentimentModel implements TargetClassifier {
    static final String[] LABELS = {Mention.Sentiments.NEGATIVE, Mention.Sentiments.NEUTRAL, Mention.Sentiments.POSITIVE};
    private static final String MAGIC = "wirewatch-sentiment-1";
    /** Format 2 names its feature set after the magic; format 1 models were trained on set 1. */
    private static final String MAGIC_2 = "wirewatch-sentiment-2";

    private final String language;
    private final int bits;
    private final int features;
    /** weights[slot * 3 + class]. */
    private final float[] weights;

    SentimentModel(String language, int bits, float[] weights) {
        this(language, bits, 1, weights);
    }

    /** @param features the feature set of {@link TargetFeatures} (1 or 2) */
    SentimentModel(String language, int bits, int features, float[] weights) {
        Check.isTrue(features == 1 || features == 2, "feature set 1 or 2: %d", features);
        this.features = features;
        this.language = Check.notNullParam(language, "language");
        Check.isTrue(bits > 0 && bits <= 24, "bits in 1..24: %d", bits);
        Check.isTrue(weights.length == (3 << bits), "weights for %d slots x 3 classes, got %d", 1 << bits, weights.length);
        this.bits = bits;
        this.weights = weights;
    }

    public String language() {
        return language;
    }

    @Override
    public Verdict classify(Target target) {
        double[] p = probabilities(target);
        int best = p[0] >= p[1] && p[0] >= p[2] ? 0 : p[1] >= p[2] ? 1 : 2;
        return new Verdict(LABELS[best], p[2] - p[0]);
    }

    double[] probabilities(Target target) {
        double[] z = new double[3];
        TargetFeatures.extract(target, bits, features, (slot, value) -> {
            int base = slot * 3;
            z[0] += weights[base] * value;
            z[1] += weights[base + 1] * value;
            z[2] += weights[base + 2] * value;
        });
        return softmax(z);
    }

    static double[] softmax(double[] z) {
        double max = Math.max(z[0], Math.max(z[1], z[2]));
        double a = Math.exp(z[0] - max), b = Math.exp(z[1] - max), c = Math.exp(z[2] - max);
        double sum = a + b + c;
        return new double[] {a / sum, b / sum, c / sum};
    }

    /** Writes the model; the same model gives the same bytes. */
    public void write(OutputStream out) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(out);
        DataOutputStream data = new DataOutputStream(gz);
        data.writeUTF(features == 1 ? MAGIC : MAGIC_2);
        if (features != 1) data.writeInt(features);
        data.writeUTF(language);
        data.writeInt(bits);
        int rows = 0;
        for (int s = 0; s < (1 << bits); s++) if (nonZero(s)) rows++;
        data.writeInt(rows);
        for (int s = 0; s < (1 << bits); s++) {
            if (!nonZero(s)) continue;
            data.writeInt(s);
            for (int c = 0; c < 3; c++) data.writeFloat(weights[s * 3 + c]);
        }
        data.flush();
        gz.finish();
    }

    private boolean nonZero(int slot) {
        return weights[slot * 3] != 0 || weights[slot * 3 + 1] != 0 || weights[slot * 3 + 2] != 0;
    }

    /** Reads a model written by {@link #write}; {@code name} names it in errors. */
    public static SentimentModel read(InputStream in, String name) throws IOException {
        DataInputStream data = new DataInputStream(new GZIPInputStream(in));
        String magic = data.readUTF();
        if (!MAGIC.equals(magic) && !MAGIC_2.equals(magic)) throw new IOException(name + ": not a Wirewatch sentiment model");
        int features = MAGIC.equals(magic) ? 1 : data.readInt();
        if (features != 1 && features != 2) throw new IOException(name + ": unknown feature set " + features);
        String language = data.readUTF();
        int bits = data.readInt();
        if (bits <= 0 || bits > 24) throw new IOException(name + ": bad feature size " + bits);
        float[] w = new float[3 << bits];
        int rows = data.readInt();
        for (int r = 0; r < rows; r++) {
            int s = data.readInt();
            if (s < 0 || s >= (1 << bits)) throw new IOException(name + ": bad slot " + s);
            for (int c = 0; c < 3; c++) w[s * 3 + c] = data.readFloat();
        }
        return new SentimentModel(language, bits, features, w);
    }
}
