package org.wirewatch.core.extract.tone;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.wirewatch.core.lang.LanguagePack;
import org.wirewatch.core.lang.LanguagePacks;
import org.wirewatch.core.lang.PackFile;
import org.wirewatch.core.linguistics.AnalysedText;
import org.wirewatch.core.linguistics.text.Sentence;
import org.wirewatch.core.linguistics.text.Token;
import org.wirewatch.core.model.Check;
import org.wirewatch.core.model.Mention;
import org.wirewatch.core.model.Segment;
import org.wirewatch.core.model.Tone;
import org.wirewatch.core.model.ToneEvidence;
import org.wirewatch.core.model.ToneScore;

/**
 * The tone of an analysed text: each sentence's sentiment words by its language's
 * {@link ToneLexicon} and {@link ValenceRules}, counted per 100 words ({@link ToneCount}) for every
 * sentence, every segment and the whole text, with the words and phrases that carried it.
 *
 * <pre>{@code
 * ToneAnalyzer tone = new ToneAnalyzer(LanguagePacks.discover());
 * Tone t = tone.tone(AnalysedText.of("It was not a success.", "en", splitter), List.of());
 * t.tone();          // negative
 * t.evidence();      // [not a success]
 * }</pre>
 *
 * Thread-safe: build one, share it. A language whose pack has no {@code tone.lex} gets no tone.
 */
public final class ToneAnalyzer {
    static final String LEARNED = LearnedWords.FOLDER;
    /** The language whose lemmas name the word bridge's concepts (docs/stories.md). */
    private static final String BRIDGE = "en";
    private final Map<String, ToneLexicon> byLanguage;

    /**
     * Tone in every language whose pack has a {@code tone.lex} with words: its own, and those
     * learned by {@code wirewatch train sentiment} where the {@code wirewatch-models} jar is on
     * the class path ({@value #LEARNED}{@code <lang>.words}). Russian and Ukrainian take most of
     * theirs from English through the word bridge ({@code [bridge]}, {@link BridgedValences}), so
     * English is read first. A pack with rule words only gives no tone without learned words.
     */
    public ToneAnalyzer(LanguagePacks packs) {
        this(packLexicons(packs, true));
    }

    ToneAnalyzer(Map<String, ToneLexicon> lexicons) {
        Map<String, ToneLexicon> map = new HashMap<>();
        lexicons.forEach((code, lexicon) -> {
            if (lexicon.size() > 0) map.put(code, lexicon);
        });
        this.byLanguage = Map.copyOf(map);
    }

    /** Each pack's lexicon by language, with its learned words when {@code learned} and they are installed. */
    static Map<String, ToneLexicon> packLexicons(LanguagePacks packs, boolean learned) {
        Check.notNullParam(packs, "packs");
        Map<String, ToneLexicon> map = new HashMap<>();
        List<LanguagePack> english = packs.all().stream().filter(p -> p.language().code().equals(BRIDGE)).toList();
        for (LanguagePack pack : english) read(packs, pack, learned, concept -> Float.NaN, map);
        ToneLexicon concepts = map.get(BRIDGE);
        Function<String, Float> valence = concepts == null ? concept -> Float.NaN : concepts::valence;
        for (LanguagePack pack : packs.all()) {
            if (!pack.language().code().equals(BRIDGE)) read(packs, pack, learned, valence, map);
        }
        return map;
    }

    private static void read(LanguagePacks packs, LanguagePack pack, boolean learned, Function<String, Float> concepts,
                             Map<String, ToneLexicon> into) {
        Optional<PackFile> file = pack.file(ToneLexiconFile.NAME);
        if (file.isEmpty()) return;
        String code = pack.language().code();
        ToneLexicon lexicon = ToneLexiconFile.read(code, file.get(), pack::file, packs.morphology(pack.language()).orElse(null), concepts)
                .withTags(packs.uposTags(pack.language()).orElse(null));
        if (learned) lexicon = LearnedWords.installed(code).map(lexicon::withLearned).orElse(lexicon);
        into.put(code, lexicon);
    }

    public boolean supports(String lang) {
        return lang != null && byLanguage.containsKey(lang);
    }

    /** The lexicon of a language, if it has one. */
    public Optional<ToneLexicon> lexicon(String lang) {
        return lang == null ? Optional.empty() : Optional.ofNullable(byLanguage.get(lang));
    }

    /**
     * The tone of the text, its segments and its sentences; null when its language has no lexicon.
     *
     * @param names the entity mentions found in the text: their words are names, not sentiment
     */
    public Tone tone(AnalysedText text, List<Segment> segments, List<Mention> names) {
        List<SentenceHits> sentences = sentences(text, names);
        return sentences == null ? null : summary(text.text(), sentences, segments);
    }

    /** Each sentence with its sentiment words; null when the text's language has no lexicon. */
    List<SentenceHits> sentences(AnalysedText text, List<Mention> names) {
        ToneLexicon lexicon = lexicon(text.language()).orElse(null);
        return lexicon == null ? null : sentences(text, names, lexicon);
    }

    /** Each sentence with its sentiment words by this lexicon. */
    static List<SentenceHits> sentences(AnalysedText text, List<Mention> names, ToneLexicon lexicon) {
        NameSpans inNames = new NameSpans(names);
        List<SentenceHits> out = new ArrayList<>(text.sentences().size());
        for (Sentence s : text.sentences()) {
            ToneWord[] forms = forms(s.tokens(), lexicon);
            out.add(new SentenceHits(s, ValenceRules.apply(s.tokens(), forms, lexicon, inNames), words(forms), forms));
        }
        return out;
    }

    private static ToneWord[] forms(List<Token> tokens, ToneLexicon lexicon) {
        ToneWord[] forms = new ToneWord[tokens.size()];
        for (int i = 0; i < forms.length; i++) {
            Token t = tokens.get(i);
            if (t.isWord()) forms[i] = lexicon.word(t.text());
        }
        return forms;
    }

    static Tone summary(String text, List<SentenceHits> sentences, List<Segment> segments) {
        ToneCount whole = new ToneCount();
        List<ToneScore> bySentence = new ArrayList<>(sentences.size());
        List<ToneEvidence> evidence = new ArrayList<>();
        for (SentenceHits s : sentences) {
            ToneCount c = s.count();
            whole.add(c);
            bySentence.add(c.score(s.sentence().start(), s.sentence().end()));
            for (ToneHit h : s.hits()) evidence.add(new ToneEvidence(h.start(), h.end(), text.substring(h.start(), h.end()), round(h.valence())));
        }
        List<ToneScore> bySegment = new ArrayList<>(segments.size());
        for (Segment seg : segments) {
            ToneCount c = new ToneCount();
            for (SentenceHits s : sentences) if (s.sentence().start() >= seg.start() && s.sentence().start() < seg.end()) c.add(s.count());
            bySegment.add(c.score(seg.start(), seg.end()));
        }
        return Tone.of(whole.score(0, text.length()), evidence, bySegment, bySentence);
    }

    private static int words(ToneWord[] forms) {
        int n = 0;
        for (ToneWord w : forms) if (w != null) n++;
        return n;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
