package org.wirewatch.core.extract.ner.sequence;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.wirewatch.core.extract.ner.cues.NameCues;
import org.wirewatch.core.extract.ner.cues.WordCue;
import org.wirewatch.core.kb.EntityType;
import org.wirewatch.core.kb.KbEntity;
import org.wirewatch.core.kb.KnowledgeBase;
import org.wirewatch.core.linguistics.morph.Morphology;
import org.wirewatch.core.linguistics.morph.Reading;
import org.wirewatch.core.linguistics.text.Token;

/**
 * The hashed features of each token of a sentence. Static features depend on the sentence alone;
 * history features on what the document's earlier sentences were tagged, so the trainer can keep
 * the first and recompute only the second. Thread-safe: the dictionaries and the knowledge base are
 * read-only, and per-document caches live in {@link DocumentState}.
 */
public final class FeatureExtractor {
    /** Bumped whenever a feature changes meaning: a model trained on other features is refused. */
    public static final int FEATURE_SET = 1;

    private static final int MAX_AFFIX = 4;
    private static final int MAX_KB_WORDS = 3;
    private static final int MAX_READINGS = 3;
    private static final int MAX_HEAD_DISTANCE = 6;

    private final Morphology morphology;
    private final KnowledgeBase kb;
    private final String lang;
    private final FeatureGroups groups;
    private final NameCues cues;
    /** Word information shared by all documents and threads; bounded, since news brings new names every day. */
    private final java.util.concurrent.ConcurrentHashMap<String, WordInfo> known = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_KNOWN_WORDS = 100_000;
    /** Per clustered word, the hashes of its path's prefixes ({@link #CLUSTER_PREFIXES}); null without {@link FeatureGroups#CLUSTERS}. */
    private final Map<String, int[]> clusterPrefixes;
    /** Prefix lengths of a cluster path used as features (Ratinov &amp; Roth's 4, 6, 10, 20, for shallower trees); 0 is the whole path. */
    private static final int[] CLUSTER_PREFIXES = {4, 6, 8, 0};
    /** The knowledge base's types of each run of words looked up so far (most names recur); bounded like {@link #known}. */
    private final java.util.concurrent.ConcurrentHashMap<String, Set<EntityType>> knownNames = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * @param morphology the language's dictionary, or null
     * @param kb         the knowledge base for gazetteer features, or null; the models are trained
     *                   with the built-in base, and should be run with it
     */
    public FeatureExtractor(String lang, Morphology morphology, KnowledgeBase kb, FeatureGroups groups) {
        this(lang, morphology, kb, null, groups);
    }

    /** @param cues the recogniser's word lists of the language (designators, titles), or null */
    public FeatureExtractor(String lang, Morphology morphology, KnowledgeBase kb, NameCues cues, FeatureGroups groups) {
        this(lang, morphology, kb, cues, groups,
                groups.has(FeatureGroups.CLUSTERS) ? WordClusters.bundled(lang, FeatureExtractor.class.getClassLoader()) : null);
    }

    /** @param clusters the language's word clusters, needed with {@link FeatureGroups#CLUSTERS} */
    FeatureExtractor(String lang, Morphology morphology, KnowledgeBase kb, NameCues cues, FeatureGroups groups, WordClusters clusters) {
        if (groups.has(FeatureGroups.CLUSTERS) && clusters == null) throw new IllegalArgumentException("feature group clusters needs word clusters");
        this.clusterPrefixes = groups.has(FeatureGroups.CLUSTERS) ? prefixes(clusters) : null;
        this.cues = groups.has(FeatureGroups.CUES) ? cues : null;
        this.lang = lang;
        this.morphology = groups.has(FeatureGroups.MORPHOLOGY) ? morphology : null;
        this.kb = groups.has(FeatureGroups.GAZETTEER) ? kb : null;
        this.groups = groups;
    }

    FeatureGroups groups() {
        return groups;
    }

    /** The hashes of each word's path prefixes, worked out once: the tagger looks them up for every token. */
    private static Map<String, int[]> prefixes(WordClusters clusters) {
        Map<String, int[]> out = new HashMap<>(clusters.size() * 2);
        for (Map.Entry<String, String> e : clusters.paths().entrySet()) {
            String path = e.getValue();
            int[] h = new int[CLUSTER_PREFIXES.length];
            for (int k = 0; k < h.length; k++) {
                int len = CLUSTER_PREFIXES[k] == 0 ? path.length() : Math.min(CLUSTER_PREFIXES[k], path.length());
                h[k] = FeatureHash.of(Template.WINDOW, path, 0, len);
            }
            out.put(e.getKey(), h);
        }
        return out;
    }

    /**
     * The cluster path prefixes of the word and of the words either side
     * ({@link FeatureGroups#CLUSTERS}); a word the clusters do not hold adds none of its own.
     */
    private static void clusters(int[][] paths, int i, IntList f) {
        addPrefixes(paths[i], Template.CLUSTER, f);
        if (i > 0) addPrefixes(paths[i - 1], Template.CLUSTER_BEFORE, f);
        if (i + 1 < paths.length) addPrefixes(paths[i + 1], Template.CLUSTER_AFTER, f);
    }

    private static void addPrefixes(int[] prefixes, int template, IntList f) {
        if (prefixes == null) return;
        for (int k = 0; k < prefixes.length; k++) f.add(FeatureHash.of(template + k, 0, prefixes[k]));
    }

    /** Documents in the training corpus's own convention ({@link FeatureGroups#ADAPT}). */
    static final int SOURCE = 1;
    /** Documents in the convention the model is for: the {@code --extra} file, and every text tagged. */
    static final int TARGET = 2;

    /** All features of every token, static and history, as the tagger sees them (in the target convention). */
    int[][] features(List<Token> tokens, DocumentState doc) {
        int[][] fixed = staticFeatures(tokens, doc);
        return inDomain(withHistory(fixed, tokens, doc), TARGET);
    }

    /**
     * With {@link FeatureGroups#ADAPT}, each feature once more in the copy private to a convention
     * ({@link #SOURCE} or {@link #TARGET}); else the features as they are.
     */
    int[][] inDomain(int[][] features, int domain) {
        if (!groups.has(FeatureGroups.ADAPT)) return features;
        int[][] out = new int[features.length][];
        for (int i = 0; i < features.length; i++) {
            int[] f = features[i];
            int[] both = java.util.Arrays.copyOf(f, f.length * 2);
            for (int k = 0; k < f.length; k++) both[f.length + k] = FeatureHash.of(Template.DOMAIN, f[k], domain);
            out[i] = both;
        }
        return out;
    }

    /** The features of a word form alone, with which each of its tokens' features begins. */
    int[] own(String form, DocumentState doc) {
        return doc.word(form, this::sharedInfo).own();
    }

    int[][] staticFeatures(List<Token> tokens, DocumentState doc) {
        int n = tokens.size();
        WordInfo[] words = new WordInfo[n];
        for (int i = 0; i < n; i++) words[i] = doc.word(tokens.get(i).text(), this::sharedInfo);
        boolean lines = groups.has(FeatureGroups.LINE);
        int line = FeatureHash.of(Template.LINE, lines ? LineCasing.of(tokens).name() : "");
        int first = firstWord(tokens);
        int[][][] gazetteer = gazetteer(tokens);
        boolean[] quoted = groups.has(FeatureGroups.QUOTES) ? QuoteState.inside(tokens) : null;
        boolean scripts = groups.has(FeatureGroups.SCRIPT);
        boolean heads = groups.has(FeatureGroups.HEADS);
        int[][] paths = clusterPrefixes == null ? null : new int[n][];
        if (paths != null) for (int i = 0; i < n; i++) paths[i] = clusterPrefixes.get(words[i].lower());
        int head = -1;
        int[][] out = new int[n][];
        IntList f = new IntList(64);
        for (int i = 0; i < n; i++) {
            f.clear();
            f.addAll(words[i].own());
            window(words, i, f);
            if (lines) f.add(line);
            if (lines) f.add(FeatureHash.of(Template.LINE_SHAPE, line, words[i].shapeHash()));
            if (i == first) f.add(FeatureHash.of(Template.FIRST_SHAPE, 1, words[i].shapeHash()));
            if (i == first) f.add(FeatureHash.of(Template.FIRST_LOWER, 1, words[i].lowerHash()));
            for (int[] g : gazetteer[i]) if (g != null) f.addAll(g);
            if (heads) {
                Token t = tokens.get(i);
                if (!t.isWord()) head = -1;
                else if (!t.lowerInitial()) head = i;
                else if (head >= 0 && i - head <= MAX_HEAD_DISTANCE) head(words[head], words[i], i - head, f);
            }
            if (quoted != null && quoted[i]) {
                f.add(FeatureHash.of(Template.QUOTED, "q"));
                f.add(FeatureHash.of(Template.QUOTED_SHAPE, 1, words[i].shapeHash()));
            }
            if (scripts) script(words, i, f);
            if (paths != null) clusters(paths, i, f);
            out[i] = f.toArray();
        }
        return out;
    }

    /**
     * A lower-case word {@code distance} words after the capitalised word its run hangs from (only
     * lower-case words between): the head's cue class and form, alone and with the word's shape,
     * so the model learns which heads ("Управління", "Міністерства") carry lower-case words.
     */
    private static void head(WordInfo head, WordInfo word, int distance, IntList f) {
        int d = Math.min(distance, 3);
        f.add(FeatureHash.of(Template.HEAD_CUE + d, 0, head.cueHash()));
        f.add(FeatureHash.of(Template.HEAD_LOWER, 0, head.lowerHash()));
        f.add(FeatureHash.of(Template.HEAD_LOWER + d, head.lowerHash(), word.lowerHash()));
    }

    /** Adds, for each word an earlier sentence tagged as part of a name, that type. */
    int[][] withHistory(int[][] fixed, List<Token> tokens, DocumentState doc) {
        if (!groups.has(FeatureGroups.HISTORY)) return fixed;
        boolean stems = groups.has(FeatureGroups.STEMS);
        int[][] out = new int[fixed.length][];
        for (int i = 0; i < fixed.length; i++) {
            Token t = tokens.get(i);
            int type = t.isWord() ? doc.earlierType(t.lower()) : -1;
            if (type < 0 && stems && t.isWord() && t.capitalised()) {
                int stemType = doc.earlierTypeOfStem(t.lower());
                if (stemType >= 0) {
                    int[] f = java.util.Arrays.copyOf(fixed[i], fixed[i].length + 1);
                    f[fixed[i].length] = FeatureHash.of(Template.HISTORY_STEM, Bilou.TYPES[stemType].name());
                    out[i] = f;
                    continue;
                }
            }
            if (type < 0) {
                out[i] = fixed[i];
                continue;
            }
            int[] f = java.util.Arrays.copyOf(fixed[i], fixed[i].length + 2);
            int h = FeatureHash.of(Template.HISTORY, Bilou.TYPES[type].name());
            f[fixed[i].length] = h;
            f[fixed[i].length + 1] = FeatureHash.of(Template.HISTORY_SHAPE, h, FeatureHash.of(Template.WINDOW, shape(t.text())));
            out[i] = f;
        }
        return out;
    }

    /** The features of the word form alone (its spelling, affixes, dictionary and base), hashed once per form. */
    private static int[] own(String form, String lower, String shape, int[] lexical) {
        IntList f = new IntList(16 + lexical.length);
        f.add(Template.BIAS);
        f.add(FeatureHash.of(Template.WORD, form));
        f.add(FeatureHash.of(Template.LOWER, lower));
        f.add(FeatureHash.of(Template.SHAPE, shape));
        int len = lower.length();
        for (int k = 1; k <= Math.min(MAX_AFFIX, len); k++) {
            f.add(FeatureHash.of(Template.PREFIX + k, lower, 0, k));
            f.add(FeatureHash.of(Template.SUFFIX + k, lower, len - k, len));
        }
        f.addAll(lexical);
        return f.toArray();
    }

    private static void window(WordInfo[] words, int i, IntList f) {
        for (int d = -2; d <= 2; d++) {
            if (d == 0) continue;
            int j = i + d;
            int lowerHash = j < 0 ? Template.BEFORE : j >= words.length ? Template.AFTER : words[j].lowerHash();
            int shapeHash = j < 0 ? Template.BEFORE : j >= words.length ? Template.AFTER : words[j].shapeHash();
            f.add(FeatureHash.of(Template.WINDOW_LOWER + d, 0, lowerHash));
            f.add(FeatureHash.of(Template.WINDOW_SHAPE + d, 0, shapeHash));
            if (j >= 0 && j < words.length && words[j].cueHash() != 0) f.add(FeatureHash.of(Template.WINDOW_CUE + d, 0, words[j].cueHash()));
        }
        if (words[i].cueHash() != 0) f.add(words[i].cueHash());
        int prev = i > 0 ? words[i - 1].lowerHash() : Template.BEFORE;
        int next = i + 1 < words.length ? words[i + 1].lowerHash() : Template.AFTER;
        f.add(FeatureHash.of(Template.BIGRAM_BEFORE, prev, words[i].lowerHash()));
        f.add(FeatureHash.of(Template.BIGRAM_AFTER, words[i].lowerHash(), next));
        int prevShape = i > 0 ? words[i - 1].shapeHash() : Template.BEFORE;
        int nextShape = i + 1 < words.length ? words[i + 1].shapeHash() : Template.AFTER;
        f.add(FeatureHash.of(Template.SHAPE_TRIGRAM, FeatureHash.of(0, prevShape, words[i].shapeHash()), nextShape));
    }

    /** Word information does not depend on the document, so every document can reuse it (it is immutable). */
    private WordInfo sharedInfo(String form) {
        WordInfo info = known.get(form);
        if (info != null) return info;
        info = info(form);
        if (known.size() < MAX_KNOWN_WORDS) known.putIfAbsent(form, info);
        return info;
    }

    /** The word's own features that need the dictionary or the knowledge base, worked out once per form. */
    private WordInfo info(String form) {
        String lower = form.toLowerCase(Locale.ROOT);
        String shape = shape(form);
        IntList lexical = new IntList(8);
        boolean capitalised = Character.isUpperCase(form.codePointAt(0));
        if (morphology != null && Character.isLetter(form.codePointAt(0))) readings(form, capitalised, lexical);
        if (kb != null && capitalised) {
            if (kb.countryOfDemonym(form, lang, Cues.demonyms()).isPresent()) lexical.add(FeatureHash.of(Template.DEMONYM, "d"));
        }
        int[] lexicalHashes = lexical.toArray();
        return new WordInfo(lower, shape, FeatureHash.of(Template.WINDOW, lower), FeatureHash.of(Template.WINDOW, shape),
                lexicalHashes, own(form, lower, shape, lexicalHashes), cueHash(form), script(form));
    }

    /** 'L' Latin letters only, 'C' Cyrillic only, 'M' both, '-' no letters. */
    static char script(String form) {
        boolean latin = false, cyrillic = false;
        for (int i = 0; i < form.length(); i++) {
            Character.UnicodeScript s = Character.UnicodeScript.of(form.charAt(i));
            if (s == Character.UnicodeScript.LATIN) latin = true;
            else if (s == Character.UnicodeScript.CYRILLIC) cyrillic = true;
        }
        return latin && cyrillic ? 'M' : latin ? 'L' : cyrillic ? 'C' : '-';
    }

    /** The script of the word, with its shape, and of the words either side ({@link FeatureGroups#SCRIPT}). */
    private static void script(WordInfo[] words, int i, IntList f) {
        char here = words[i].script();
        char before = i > 0 ? words[i - 1].script() : '^';
        char after = i + 1 < words.length ? words[i + 1].script() : '$';
        f.add(FeatureHash.of(Template.SCRIPT, 0, here));
        f.add(FeatureHash.of(Template.SCRIPT_SHAPE, here, words[i].shapeHash()));
        f.add(FeatureHash.of(Template.SCRIPT_WINDOW, FeatureHash.of(0, before, here), after));
    }

    /** The recogniser's own word classes as one feature: "Council" and "область" designate bodies and places. */
    private int cueHash(String form) {
        if (cues == null || !Character.isLetter(form.codePointAt(0))) return 0;
        StringBuilder b = new StringBuilder(4);
        if (cues.isOrgDesignator(form)) b.append('o');
        if (cues.isPlaceDesignator(form)) b.append('p');
        if (cues.isRoleWord(form)) b.append('r');
        if (cues.isPlacePreposition(form)) b.append('i');
        if (cues.is(form, WordCue.DEMONYM)) b.append('d');
        if (cues.isNameParticle(form)) b.append('n');
        return b.length() == 0 ? 0 : FeatureHash.of(Template.CUE, b);
    }

    private void readings(String form, boolean capitalised, IntList out) {
        List<Reading> readings = morphology.readings(form);
        if (readings.isEmpty()) {
            out.add(FeatureHash.of(Template.UNKNOWN_WORD, capitalised ? "C" : "c"));
            return;
        }
        int k = 0;
        for (Reading r : readings) {
            if (k++ >= MAX_READINGS) break;
            out.add(FeatureHash.of(Template.POS, coarse(r.tag())));
            if (r.nameClass() != null) out.add(FeatureHash.of(Template.NAME_CLASS, r.nameClass().name()));
        }
        out.add(FeatureHash.of(Template.LEMMA, readings.get(0).lemma().toLowerCase(Locale.ROOT)));
        if (capitalised && morphology.isCommonWord(form)) out.add(FeatureHash.of(Template.COMMON_CAPITALISED, "c"));
    }

    /** The part of speech and, for names, the name tags: "noun:anim:m:v_naz:prop:fname" → "noun:prop:fname". */
    private static String coarse(String tag) {
        int colon = tag.indexOf(':');
        if (colon < 0) return tag;
        StringBuilder b = new StringBuilder(tag.substring(0, colon));
        for (String part : tag.substring(colon + 1).split(":")) {
            if (part.startsWith("prop") || part.endsWith("name") || part.equals("Fam") || part.equals("Name") || part.equals("Patr")
                    || part.equals("Geox") || part.equals("Orgn")) {
                b.append(':').append(part);
            }
        }
        return b.toString();
    }

    /**
     * Knowledge-base hits as features, never as decisions: for every run of one to three words
     * starting with a capital that the base knows, each token gets its position in the run and the
     * type of the entity (B-LOC, L-LOC), so the model learns how far to trust the list.
     */
    private int[][][] gazetteer(List<Token> tokens) {
        int n = tokens.size();
        int[][][] out = new int[n][MAX_KB_WORDS][];
        if (kb == null) return out;
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < n; i++) {
            Token first = tokens.get(i);
            if (!first.isWord() || !(first.capitalised() || first.allCaps())) continue;
            name.setLength(0);
            for (int len = 1; len <= MAX_KB_WORDS && i + len <= n; len++) {
                Token t = tokens.get(i + len - 1);
                if (!t.isWord()) break;
                if (len > 1) name.append(' ');
                name.append(t.text());
                Set<EntityType> types = typesOf(name.toString(), len == 1 ? t.text() : null);
                if (!types.isEmpty()) for (EntityType type : types) mark(out, i, len, type);
            }
        }
        return out;
    }

    /** As {@link #lookUp}, remembered per name: the base and the dictionary are read-only. */
    private Set<EntityType> typesOf(String name, String singleWord) {
        Set<EntityType> types = knownNames.get(name);
        if (types != null) return types;
        types = java.util.Collections.unmodifiableSet(lookUp(name, singleWord));   // keeps EnumSet's order
        if (knownNames.size() < MAX_KNOWN_WORDS) knownNames.putIfAbsent(name, types);
        return types;
    }

    /** @param singleWord the name when it is one word (its lemmas are looked up too), else null */
    private Set<EntityType> lookUp(String name, String singleWord) {
        Set<EntityType> types = EnumSet.noneOf(EntityType.class);
        for (KbEntity e : kb.find(name, lang)) types.add(e.type());
        if (types.isEmpty() && singleWord != null && morphology != null) {
            for (Reading r : morphology.readings(singleWord)) {
                if (r.nameClass() == null || r.lemma().equalsIgnoreCase(singleWord)) continue;
                for (KbEntity e : kb.find(r.lemma(), lang)) types.add(e.type());
            }
        }
        return types;
    }

    private static void mark(int[][][] out, int from, int len, EntityType type) {
        for (int k = 0; k < len; k++) {
            String part = len == 1 ? "U" : k == 0 ? "B" : k == len - 1 ? "L" : "I";
            int h = FeatureHash.of(Template.GAZETTEER, part + type.name());
            int[] old = out[from + k][len - 1];
            int[] grown = old == null ? new int[1] : java.util.Arrays.copyOf(old, old.length + 1);
            grown[grown.length - 1] = h;
            out[from + k][len - 1] = grown;
        }
    }

    /** "Xxxx" → "Xx", "NATO" → "X", "U.S." → "X.X.", "1996-08-30" → "d-d-d": character classes, repeats collapsed. */
    static String shape(String form) {
        StringBuilder b = new StringBuilder(Math.min(form.length(), 8));
        char last = 0;
        for (int i = 0; i < form.length() && b.length() < 8; i++) {
            char c = form.charAt(i);
            char k = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd'
                    : Character.isLetter(c) ? 'l' : c;
            if (k != last) b.append(k);
            last = k;
        }
        return b.toString();
    }

    private static int firstWord(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) if (tokens.get(i).isWord()) return i;
        return -1;
    }

    /** Feature template numbers: each kind of feature hashes under its own. */
    static final class Template {
        static final int BIAS = 1;
        static final int WORD = 2;
        static final int LOWER = 3;
        static final int SHAPE = 4;
        static final int PREFIX = 10;
        static final int SUFFIX = 20;
        static final int WINDOW = 30;
        static final int WINDOW_LOWER = 40;
        static final int WINDOW_SHAPE = 50;
        static final int BIGRAM_BEFORE = 60;
        static final int BIGRAM_AFTER = 61;
        static final int SHAPE_TRIGRAM = 62;
        static final int LINE = 70;
        static final int LINE_SHAPE = 71;
        static final int FIRST_SHAPE = 72;
        static final int FIRST_LOWER = 73;
        static final int POS = 80;
        static final int NAME_CLASS = 81;
        static final int LEMMA = 82;
        static final int COMMON_CAPITALISED = 83;
        static final int UNKNOWN_WORD = 84;
        static final int GAZETTEER = 90;
        static final int DEMONYM = 91;
        static final int HISTORY = 100;
        static final int HISTORY_SHAPE = 101;
        static final int HISTORY_STEM = 102;
        static final int QUOTED = 110;
        static final int CUE = 120;
        static final int WINDOW_CUE = 130;
        static final int QUOTED_SHAPE = 111;
        static final int HEAD_CUE = 140;
        static final int HEAD_LOWER = 150;
        static final int DOMAIN = 160;
        static final int SCRIPT = 180;
        static final int SCRIPT_SHAPE = 181;
        static final int SCRIPT_WINDOW = 182;
        static final int CLUSTER = 190;
        static final int CLUSTER_BEFORE = 200;
        static final int CLUSTER_AFTER = 210;
        static final int BEFORE = 0x5EED0001;
        static final int AFTER = 0x5EED0002;

        private Template() {}
    }
}
