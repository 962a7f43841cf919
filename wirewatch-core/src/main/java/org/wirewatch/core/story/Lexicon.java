package org.wirewatch.core.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.wirewatch.core.lang.LanguagePack;
import org.wirewatch.core.lang.LanguagePacks;
import org.wirewatch.core.linguistics.morph.Morphologies;
import org.wirewatch.core.linguistics.morph.Morphology;
import org.wirewatch.core.linguistics.morph.Reading;
import org.wirewatch.core.linguistics.text.Token;
import org.wirewatch.core.linguistics.text.TokenKind;
import org.wirewatch.core.model.Check;

/**
 * The words of a stretch of text, counted twice over: as content lemmas of its own language (the
 * same-language half of the evidence) and as bridge keys every language shares (concepts of the
 * {@link WordBridge}, {@link Cognates} keys, numbers). Words the language's dictionary does not know are
 * kept as they are written (lower-cased), since unknown words are usually rare names and terms.
 * A language without a morphology (or without {@code content.cues}) still gets lexical evidence:
 * its words of three letters or more, cut to a stem of {@value #STEM} letters (Han text in
 * character pairs); its function words then count for little through their rarity alone.
 * Thread-safe: the word cache is concurrent and bounded.
 */
final class Lexicon {
    private static final int MIN_LENGTH = 3;
    private static final int STEM = 6;
    private static final int CACHE_LIMIT = 400_000;
    private static final Form NOT_CONTENT = new Form("", new String[0]);

    /** The pack file that says which dictionary tags are not content. */
    static final String CONTENT = "content.cues";
    /**
     * Bridge keys: a concept of the word bridge, a cognate key, a number; and the cognate key again
     * as a name's when the word is written capitalised inside a sentence ("Приморський"), which
     * kin languages compare apart from their everyday look-alike words.
     */
    static final String CONCEPT = "=", COGNATE = "~", NUMBER = "#", NAME = "^";

    /** Lemma counts in the unit's language and bridge-key counts, shared by every language. */
    record Words(Map<String, Double> lemmas, Map<String, Double> bridge) {}

    /** What one written form gives: its lemma ("" when it is not content) and its bridge keys. */
    private record Form(String lemma, String[] bridge) {}

    private final Morphologies morphologies;
    private final Map<String, ContentWords> contentWords;
    private final WordBridge bridge;
    private final Cognates cognates;
    private final Map<String, Form> cache = new ConcurrentHashMap<>();

    Lexicon(LanguagePacks packs) {
        Check.notNullParam(packs, "packs");
        this.morphologies = packs.morphologies();
        Map<String, ContentWords> map = new HashMap<>();
        for (LanguagePack pack : packs.all()) {
            pack.file(CONTENT).ifPresent(f -> map.put(pack.language().code(), new FileContentWords(pack.language().code(), f)));
        }
        this.contentWords = Map.copyOf(map);
        this.bridge = new WordBridge(packs);
        this.cognates = new Cognates(packs.nameKeys());
    }

    /** The languages whose words reach the concepts through a word-bridge list of their own. */
    java.util.Set<String> bridgedLanguages() {
        return bridge.languages();
    }

    /**
     * The shared concept a word of the language stands for (the first its lemma is listed under),
     * or null: "градус" and "degree" are both "degree", so what two reports count meets across
     * languages.
     */
    String concept(String word, String lang) {
        if (lang == null) return null;
        String lower = word.toLowerCase(Locale.ROOT);
        List<Reading> readings = morphologies.forLanguage(lang).map(m -> m.readings(lower)).orElse(List.of());
        List<String> concepts = bridge.concepts(lang, readings.isEmpty() ? lower : readings.get(0).lemma().toLowerCase(Locale.ROOT));
        return concepts.isEmpty() ? null : concepts.get(0);
    }

    /** The words among {@code tokens} in {@code lang}; both maps empty when the language is unknown. */
    Words words(List<Token> tokens, String lang) {
        Map<String, Double> lemmas = new HashMap<>();
        Map<String, Double> keys = new HashMap<>();
        if (lang == null) return new Words(lemmas, keys);
        Optional<Morphology> morphology = morphologies.forLanguage(lang);
        ContentWords content = contentWords.get(lang);
        boolean dictionary = morphology.isPresent() && content != null;
        Token previous = null;
        for (Token t : tokens) {
            Token before = previous;
            previous = t;
            if (t.kind() == TokenKind.NUMBER) {
                String n = number(t.text());
                if (n != null) keys.merge(n, 1.0, Double::sum);
                continue;
            }
            if (!t.isWord() || t.length() < MIN_LENGTH) continue;
            if (!dictionary && isHan(t.text())) {
                for (int i = 0; i + 1 < t.text().length(); i++) lemmas.merge(t.text().substring(i, i + 2), 1.0, Double::sum);
                continue;
            }
            Form f = form(t.lower(), lang, dictionary ? morphology.get() : null, content);
            if (f.lemma().isEmpty()) continue;
            lemmas.merge(f.lemma(), 1.0, Double::sum);
            boolean name = midSentence(before) && Character.isUpperCase(t.text().codePointAt(0));
            for (String k : f.bridge()) {
                keys.merge(k, 1.0, Double::sum);
                if (name && k.startsWith(COGNATE)) keys.merge(NAME + k.substring(COGNATE.length()), 1.0, Double::sum);
            }
        }
        return new Words(lemmas, keys);
    }

    /** After a word, a number or a comma a capital letter marks a name, not a sentence's start. */
    private static boolean midSentence(Token before) {
        return before != null && (before.isWord() || before.kind() == TokenKind.NUMBER || before.text().equals(","));
    }

    private Form form(String form, String lang, Morphology morphology, ContentWords content) {
        String key = lang + ':' + form;
        Form known = cache.get(key);
        if (known != null) return known;
        Form f;
        if (morphology == null) {
            f = new Form(stem(form), bridgeKeys(form, form, lang));
        } else {
            List<Reading> readings = morphology.readings(form);
            String lemma = !content.isContent(readings) ? ""
                    : readings.isEmpty() ? form : readings.get(0).lemma().toLowerCase(Locale.ROOT);
            f = lemma.isEmpty() ? NOT_CONTENT : new Form(lemma, bridgeKeys(lemma, readings.isEmpty() ? form : lemma, lang));
        }
        if (cache.size() > CACHE_LIMIT) cache.clear();   // a crude bound: refilling costs only lookups
        cache.put(key, f);
        return f;
    }

    private String[] bridgeKeys(String lemma, String spelling, String lang) {
        List<String> out = new ArrayList<>(3);
        for (String c : bridge.concepts(lang, lemma)) out.add(CONCEPT + c);
        String cognate = cognates.of(spelling, lang);
        if (cognate != null) out.add(COGNATE + cognate);
        return out.toArray(new String[0]);
    }

    /** The first letters of a word without a dictionary: a stem good enough to meet its inflections. */
    private static String stem(String word) {
        int end = word.offsetByCodePoints(0, Math.min(STEM, word.codePointCount(0, word.length())));
        return word.substring(0, end);
    }

    private static boolean isHan(String word) {
        int cp = word.codePointAt(0);
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA;
    }

    /**
     * "1,000", "1 000" and "1.000" → "#1000"; "17,2" and "17.2" → "#17.2": a separator followed by
     * exactly three digits groups thousands, a single other one is the decimal point (Russian
     * writes a comma). Null for a token with letters in it ("5th") or a numeric date (13.11.2024).
     */
    static String number(String token) {
        StringBuilder digits = new StringBuilder(token.length());
        List<Integer> groups = new ArrayList<>(2);
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c >= '0' && c <= '9') digits.append(c);
            else if (c == ',' || c == '.' || Character.isSpaceChar(c)) groups.add(digits.length());
            else return null;
        }
        int decimal = -1;
        for (int k = 0; k < groups.size(); k++) {
            int next = k + 1 < groups.size() ? groups.get(k + 1) : digits.length();
            if (next - groups.get(k) == 3) continue;
            if (groups.size() > 1 || groups.get(k) == 0) return null;
            decimal = groups.get(k);
        }
        String whole = (decimal < 0 ? digits : digits.substring(0, decimal)).toString().replaceFirst("^0+(?=\\d)", "");
        String fraction = decimal < 0 ? "" : digits.substring(decimal).replaceFirst("0+$", "");
        if (whole.isEmpty()) return null;
        return NUMBER + whole + (fraction.isEmpty() ? "" : "." + fraction);
    }
}
