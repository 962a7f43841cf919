package org.wirewatch.core.extract.ner.sequence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which optional groups of features a model uses, beyond the word, its shape, affixes and window
 * (always on). Stored in the model file, so a tagger extracts exactly what the model was trained on.
 *
 * @param mask bits of {@link #LINE}, {@link #MORPHOLOGY}, {@link #GAZETTEER}, {@link #HISTORY}, {@link #QUOTES}, {@link #CUES},
 *             {@link #HEADS}, {@link #STEMS}, {@link #LEGAL_FORMS}, {@link #ADAPT}, {@link #SCRIPT}, {@link #CLUSTERS}
 */
public record FeatureGroups(int mask) {
    public static final int LINE = 1;
    public static final int MORPHOLOGY = 2;
    public static final int GAZETTEER = 4;
    public static final int HISTORY = 8;
    public static final int QUOTES = 16;
    public static final int CUES = 32;
    /**
     * For a lower-case word, the capitalised word its run of lower-case words hangs from
     * ("Управління архітектури та містобудування"). Not in {@link #ALL}: a model asks for it
     * ("all,heads"), so the models trained without it stay as they are.
     */
    public static final int HEADS = 64;
    /**
     * With {@link #HISTORY}: a capitalised word no earlier sentence tagged, but whose first letters
     * an earlier name began with, gets that name's type ("Ірмина" after "Ірминої"). Not in {@link #ALL}.
     */
    public static final int STEMS = 128;
    /**
     * Not a feature but a rule after decoding, for gold that writes a company with its legal form
     * ("ПрАТ « Зоря »", lang-uk/ner-uk; FactRuEval leaves "ООО" out): a quoted name right after
     * such an abbreviation takes it in ({@link QuoteBalance#withLegalForms}). Not in {@link #ALL}.
     */
    public static final int LEGAL_FORMS = 256;
    /**
     * Feature augmentation by annotation convention (Daumé III 2007, "frustratingly easy domain
     * adaptation"): in training, every feature also fires in a copy private to its document's
     * convention (the {@code --train} corpus or the {@code --extra} file in the target convention),
     * and tagging uses the shared and the target copies. What the two corpora agree on is learnt
     * once; where they disagree ("Конгресса США" one ORG in NEREL, ORG + LOC in FactRuEval) the
     * private copies take the difference. Not in {@link #ALL}.
     */
    public static final int ADAPT = 512;
    /**
     * The script of the word and of its neighbours (Latin, Cyrillic, mixed): in Russian and
     * Ukrainian news a run of Latin words is mostly a foreign firm, product or outlet ("MySQL",
     * "Industrial and Commercial Bank of China"), which the shape alone ("Xx") does not tell from
     * a native name. Not in {@link #ALL}.
     */
    public static final int SCRIPT = 1024;
    /**
     * Prefixes of the word's path in the language's {@link WordClusters}, and of its neighbours':
     * words the gold spans rarely show share evidence with the words that keep the same company
     * in the training text. Needs the clusters on the class path. Not in {@link #ALL}.
     */
    public static final int CLUSTERS = 2048;
    public static final FeatureGroups ALL = new FeatureGroups(LINE | MORPHOLOGY | GAZETTEER | HISTORY | QUOTES | CUES);
    public static final FeatureGroups BASIC = new FeatureGroups(0);
    private static final String[] NAMES = {"line", "morphology", "gazetteer", "history", "quotes", "cues", "heads", "stems", "legalforms", "adapt", "script", "clusters"};

    public boolean has(int group) {
        return (mask & group) != 0;
    }

    /** "line,morphology": the groups by name (or "all", "basic", "all,heads"). */
    public static FeatureGroups parse(String names) {
        String s = names.strip().toLowerCase(Locale.ROOT);
        if (s.equals("all")) return ALL;
        if (s.equals("basic") || s.isEmpty()) return BASIC;
        int mask = 0;
        for (String name : s.split(",")) {
            if (name.strip().equals("all")) {
                mask |= ALL.mask();
                continue;
            }
            int i = List.of(NAMES).indexOf(name.strip());
            if (i < 0) throw new IllegalArgumentException("unknown feature group '" + name + "' (have " + String.join(", ", NAMES) + ")");
            mask |= 1 << i;
        }
        return new FeatureGroups(mask);
    }

    @Override
    public String toString() {
        List<String> on = new ArrayList<>();
        for (int i = 0; i < NAMES.length; i++) if (has(1 << i)) on.add(NAMES[i]);
        return on.isEmpty() ? "basic" : String.join(",", on);
    }
}
