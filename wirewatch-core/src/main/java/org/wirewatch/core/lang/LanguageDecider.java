package org.wirewatch.core.lang;

import com.github.pemistahl.lingua.api.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides the language of one stretch of text, cheapest evidence first: letters and script, then
 * marker letters, and only when those are not decisive Lingua's n-gram model, whose answer the
 * marker letters then check. Immutable and thread-safe.
 */
final class LanguageDecider {
    /** Below this many letters nothing is said ("1.2т", "AP"). */
    static final int MIN_LETTERS = 3;
    /** Text this far into letters no configured language uses is in some other language. */
    static final int FOREIGN_MIN = 3;
    static final int FOREIGN_PERCENT = 5;
    /** A document this far (per mille) into such letters may be in another language even where markers decided. */
    static final int FOREIGN_TRACE_PER_MILLE = 10;
    /** Marker letters decide alone with at least this many hits… */
    static final int MARKER_MIN_HITS = 3;
    /** …at least this many times the markers of all rivals together… */
    static final int MARKER_DOMINANCE = 20;
    /** …and at least one hit per this many letters (0.5 %), so a few foreign names cannot decide a long text. */
    static final int MARKER_LETTERS_PER_HIT = 200;
    /** Lingua's winner must lead the runner-up by this share of its score, or we are unsure. */
    static final double MIN_MARGIN = 0.1;
    /** Below this lead, contrary marker letters or the document's language overrule Lingua. */
    static final double WEAK_MARGIN = 0.2;
    static final int OVERRULE_MIN_HITS = 2;
    /** A paragraph kept in its document's language against a weak contrary vote: a prior, not evidence. */
    static final double PRIOR_CONFIDENCE = 0.5;
    static final int OVERRULE_MIN_LETTERS = 40;
    /** Lingua sees at most this much of one text: enough for certainty, bounded in cost. */
    static final int LINGUA_MAX_CHARS = 2500;

    private final List<LanguageProfile> profiles;
    private final LetterTable table;
    private final LinguaModel lingua;
    private final int[][] candidatesByScript;
    private final boolean[] hasMarkers;

    LanguageDecider(List<LanguageProfile> profiles) {
        this.profiles = List.copyOf(profiles);
        this.table = new LetterTable(this.profiles);
        List<Language> languages = new ArrayList<>();
        for (LanguageProfile p : this.profiles) languages.add(p.lingua());
        this.lingua = new LinguaModel(languages);
        this.candidatesByScript = new int[3][];
        for (int s = 0; s < 3; s++) {
            List<Integer> ids = new ArrayList<>();
            for (int i = 0; i < this.profiles.size(); i++) {
                if (LetterTable.scriptClass(this.profiles.get(i).script()) == s) ids.add(i);
            }
            candidatesByScript[s] = ids.stream().mapToInt(Integer::intValue).toArray();
        }
        this.hasMarkers = new boolean[this.profiles.size()];
        for (int i = 0; i < hasMarkers.length; i++) hasMarkers[i] = table.hasMarkers(i);
    }

    /** Index of the configured language with this code, or -1. */
    int indexOf(String isoCode) {
        for (int i = 0; i < profiles.size(); i++) if (profiles.get(i).isoCode().equals(isoCode)) return i;
        return -1;
    }

    LinguaModel lingua() {
        return lingua;
    }

    /**
     * The language of {@code text[start, end)}, or empty when unsure.
     *
     * @param preferred index of the language to assume when the text does not contradict it (the
     *                  document's language, for one of its paragraphs), or -1 for none
     */
    Optional<LanguageGuess> decide(CharSequence text, int start, int end, int preferred) {
        return decision(text, start, end, preferred).guess();
    }

    /**
     * A decision and how it was reached.
     *
     * @param byLetters whether letters decided among rival languages (marker letters, or the
     *                  preferred language uncontradicted); false when Lingua chose, when the script
     *                  has one configured language only, or when nothing was decided
     */
    record Decision(Optional<LanguageGuess> guess, boolean byLetters) {
        static final Decision NONE = new Decision(Optional.empty(), false);
    }

    /** As {@link #decide}, saying how the language was decided. */
    Decision decision(CharSequence text, int start, int end, int preferred) {
        LetterCounts counts = table.count(text, start, end);
        int letters = counts.letters();
        if (letters < MIN_LETTERS) return Decision.NONE;
        if (counts.foreign() >= FOREIGN_MIN && counts.foreign() * 100 >= letters * FOREIGN_PERCENT) {
            return Decision.NONE;
        }
        int common = table.commonWordScript(text, start, end);
        int script = common >= 0 ? common : counts.dominantScript();
        int[] candidates = candidatesByScript[script];
        if (candidates.length == 0) return Decision.NONE;
        double scriptShare = counts.inScript(script) / (double) letters;
        if (candidates.length == 1) return new Decision(guess(candidates[0], scriptShare), false);

        boolean prefers = preferred >= 0 && contains(candidates, preferred);
        if (prefers && rivalHits(counts, candidates, preferred) == 0) return new Decision(guess(preferred, scriptShare), true);
        // Rival letters that stand only in names do not contradict the preferred language either;
        // Lingua, which would be asked otherwise, costs more than all the rest of identification.
        if (prefers && table.commonWordRivalHits(text, start, end, preferred) == 0) {
            return new Decision(guess(preferred, scriptShare), true);
        }

        Optional<LanguageGuess> byMarkers = byMarkers(counts, candidates);
        if (byMarkers.isPresent()) return new Decision(byMarkers, true);
        return new Decision(byLingua(text, start, end, counts, candidates, prefers ? preferred : -1), false);
    }

    /**
     * Whether the text holds a trace of letters no configured language writes: too few to say it is
     * foreign, enough that the configured languages' letters alone should not decide.
     */
    boolean foreignTrace(CharSequence text) {
        LetterCounts counts = table.count(text, 0, text.length());
        return counts.foreign() >= FOREIGN_MIN && counts.foreign() * 1000 >= counts.letters() * FOREIGN_TRACE_PER_MILLE;
    }

    private Optional<LanguageGuess> byMarkers(LetterCounts counts, int[] candidates) {
        // Absent markers only count as evidence when every candidate has some to be absent.
        for (int c : candidates) if (!hasMarkers[c]) return Optional.empty();
        int best = -1;
        int bestHits = 0;
        int total = 0;
        for (int c : candidates) {
            int h = counts.markerHits(c);
            total += h;
            if (h > bestHits) {
                best = c;
                bestHits = h;
            }
        }
        int others = total - bestHits;
        if (bestHits < MARKER_MIN_HITS || others * MARKER_DOMINANCE > bestHits
                || bestHits * MARKER_LETTERS_PER_HIT < counts.letters()) {
            return Optional.empty();
        }
        return guess(best, bestHits / (double) (total + 1));
    }

    private Optional<LanguageGuess> byLingua(CharSequence text, int start, int end, LetterCounts counts,
                                             int[] candidates, int preferred) {
        Ranking ranking = rank(text.subSequence(start, Math.min(end, start + LINGUA_MAX_CHARS)).toString(), candidates);
        if (ranking == null) return Optional.empty();
        int best = ranking.best();
        double margin = ranking.margin();

        // A paragraph keeps its document's language unless Lingua is clearly against it: names
        // with a few foreign letters ("Erdoğan" in English) must not move it to another language.
        if (preferred == best) return guess(best, margin);
        if (preferred >= 0 && margin < WEAK_MARGIN) return guess(preferred, PRIOR_CONFIDENCE);

        int bestHits = counts.markerHits(best);
        int rival = -1;
        int rivalHits = 0;
        for (int c : candidates) {
            if (c != best && counts.markerHits(c) > rivalHits) {
                rival = c;
                rivalHits = counts.markerHits(c);
            }
        }
        // Lingua confuses close neighbours (ru/uk, uk/kk) on short text; their letters do not.
        if (bestHits == 0 && rivalHits >= OVERRULE_MIN_HITS && hasMarkers[best] && margin < WEAK_MARGIN
                && counts.letters() >= OVERRULE_MIN_LETTERS) {
            return guess(rival, rivalHits / (double) (rivalHits + 1));
        }
        if (bestHits > 0 && rivalHits == 0) {
            return guess(best, Math.max(margin, bestHits / (double) (bestHits + 1)));
        }
        return margin >= MIN_MARGIN ? guess(best, margin) : Optional.empty();
    }

    /** Lingua's best candidate and its lead over the next, as a share of its score; null if it has no opinion. */
    private Ranking rank(String text, int[] candidates) {
        Map<Language, Double> scores = lingua.confidences(text);
        int best = -1;
        double bestScore = 0;
        double secondScore = 0;
        for (int c : candidates) {
            Double v = scores.get(profiles.get(c).lingua());
            if (v == null) continue;
            if (best < 0 || v > bestScore) {
                secondScore = best < 0 ? 0 : bestScore;
                best = c;
                bestScore = v;
            } else if (v > secondScore) {
                secondScore = v;
            }
        }
        if (best < 0) return null;
        return new Ranking(best, bestScore <= 0 ? 0 : 1 - secondScore / bestScore);
    }

    private record Ranking(int best, double margin) {}

    private static int rivalHits(LetterCounts counts, int[] candidates, int language) {
        int hits = 0;
        for (int c : candidates) if (c != language) hits += counts.markerHits(c);
        return hits;
    }

    private static boolean contains(int[] values, int value) {
        for (int v : values) if (v == value) return true;
        return false;
    }

    private Optional<LanguageGuess> guess(int language, double confidence) {
        return Optional.of(new LanguageGuess(profiles.get(language).isoCode(), Math.min(1.0, Math.max(0.0, confidence))));
    }
}
