package org.wirewatch.core.story;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.wirewatch.core.lang.LanguagePacks;
import org.wirewatch.core.linguistics.AnalysedText;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.Check;
import org.wirewatch.core.model.Segment;

/**
 * Groups a stream of analysed articles, in any language, into stories, one article at a time
 * (docs/stories.md). Each article (or each post of a live blog) is compared only with the open
 * stories the {@link StoryIndex} retrieves for its rarest entities and lemmas, joins the most
 * similar one above {@link StorySettings#join()} or starts a new story, and is marked as a near-
 * duplicate or a translation of an earlier member where it is one. Two open stories the new
 * article shows to be one are merged; the older id survives and the other is listed in its
 * {@link Story#mergedIds()}. Candidates are the stories of the days around the article's own
 * date, whatever order articles arrive in. A story closes once the newest date seen is window +
 * lateness past its newest article: it leaves the index and is kept as a {@link Story} record
 * until {@link #drainClosed()} hands it over.
 *
 * <p>Not thread-safe: one thread adds; the pipeline before it can run on many.
 *
 * <pre>{@code
 * StoryClusterer stories = new StoryClusterer(packs);
 * Article placed = stories.add(pipeline.analyze(raw));   // placed.story(), placed.translationOf()
 * stories.write(out);                                    // resume later with StoryClusterer.read(in, packs)
 * }</pre>
 */
public final class StoryClusterer {
    private static final int AGE_EVERY = 64;
    private static final double FOCUS = 0.5;
    private static final int FOCUS_FROM = 4;
    /** Copies appear within hours of their original: only a story's newest members are checked, so a big story costs no more. */
    private static final int DUPLICATE_LOOKBACK = 64;
    /** How many times {@code candidates} stories the index hands over for a first, cheap look. */
    private static final int POOL = 4;
    /** Hours from a story's span at which its rank in the pool counts half ({@link #nearness}). */
    private static final double NEAR = 6;
    /** How many of a story's newest units that first look compares. */
    private static final int GLANCE = 1;
    /** Least entity cosine of the unit pair that lets two stories merge, when both units name entities ({@link #storiesScore}). */
    private static final double MERGE_NAMES = 0.4;
    /** How far the best candidate must score above a second one that also reaches {@code join} for the unit to join it ({@link #best}). */
    private static final double AMBIGUOUS = 0.05;
    /**
     * The least score to join when the pool is crowded ({@link Pool}). The score was calibrated as
     * the chance that two units tell one story on dev pairs with few look-alikes around; with more
     * open stories sharing the unit's keys than the pool holds, the first report of a new event
     * meets many stories told from the same template, and one of them reaches {@code join} by chance
     * (docs/stories.md, "Precision at scale").
     */
    private static final double CROWDED_JOIN = 0.80;

    private final StorySettings settings;
    private final EvidenceReader reader;
    private final Similarity similarity;
    private final Translations translations;
    private final Rarity rarity;
    /** False when the caller counted rarity over the whole input beforehand ({@link StoryBatch}). */
    private final boolean countRarity;
    private final StoryIndex index = new StoryIndex();
    private final IdfMemo idf;
    /**
     * The scores of the unit being placed against the story units its glance saw ({@link #glance}),
     * so that scoring those stories in full ({@link #storyScore}) does not compute them again.
     * Cleared for every unit.
     */
    private final Map<Similarity.Weighted, Double> glanced = new IdentityHashMap<>();
    private final Map<String, StoryState> open = new LinkedHashMap<>();
    private final Map<String, String> mergedInto = new HashMap<>();
    private final List<Story> closed = new ArrayList<>();
    private long sequence;
    private long newest = Evidence.UNKNOWN;
    private int sinceAgeing;

    public StoryClusterer(LanguagePacks packs) {
        this(packs, StorySettings.defaults());
    }

    public StoryClusterer(LanguagePacks packs, StorySettings settings) {
        this(settings, new EvidenceReader(Check.notNullParam(packs, "packs")), new Rarity(), true);
    }

    StoryClusterer(StorySettings settings, EvidenceReader reader, Rarity rarity, boolean countRarity) {
        this.settings = Check.notNullParam(settings, "settings");
        this.reader = reader;
        this.similarity = new Similarity(reader.bridgedLanguages());
        this.translations = new Translations(similarity);
        this.rarity = rarity;
        this.countRarity = countRarity;
        this.idf = new IdfMemo(rarity);
    }

    /** Where one unit went. */
    private record Placement(String story, String duplicateOf, String translationOf) {}

    /**
     * Places the article in a story and returns it with {@code story}, {@code duplicate_of} and
     * {@code translation_of} set. A live blog's posts are placed one by one, each segment
     * carrying its own story; the article's story is the one most of its text went to.
     */
    public Article add(Article article) {
        return add(article, (AnalysedText) null);
    }

    /**
     * {@link #add(Article)}, reading the article's words from the text the pipeline cut for it
     * ({@code text}; null, or another text, and the article's own text is cut once here).
     */
    public Article add(Article article, AnalysedText text) {
        Check.notNullParam(article, "article");
        return addUnits(article, reader.units(article, text));
    }

    /** {@link #add(Article)} with the article's units read beforehand ({@link EvidenceReader#units}). */
    Article addUnits(Article article, List<Evidence> units) {
        if (article.segments().size() <= 1) {
            Placement p = place(units.get(0), true);
            return article.withStory(p.story(), p.duplicateOf(), p.translationOf());
        }
        List<Segment> placed = new ArrayList<>();
        Map<String, Integer> chars = new LinkedHashMap<>();
        for (int i = 0; i < article.segments().size(); i++) {
            Segment s = article.segments().get(i);
            Placement p = place(units.get(i), false);
            placed.add(s.withStory(p.story()));
            chars.merge(p.story(), s.end() - s.start(), Integer::sum);
        }
        String main = chars.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        return article.withSegments(placed).withStory(main, null, null);
    }

    /** An article that lacks a date the article it is linked to (as a translation or a copy) has: {@code day} is ISO-8601. */
    public record Dating(String articleId, String day) {}

    /**
     * The dates that cross the link {@link #add} just made: an undated article that translates or
     * copies a dated one takes its day; a dated one that translates or copies an undated one gives
     * it its own. A translation appears within days of its original, so the day is an estimate,
     * and a caller marks it inferred. Empty when the article is not linked, or both or neither are
     * dated.
     */
    public List<Dating> datingOf(Article placed) {
        Check.notNullParam(placed, "placed");
        String original = placed.translationOf() != null ? placed.translationOf() : placed.duplicateOf();
        StoryState story = original == null ? null : open.get(resolve(placed.story()));
        if (story == null) return List.of();
        long theirs = Evidence.UNKNOWN;
        boolean found = false;
        List<StoryState.Member> members = story.members();
        for (int i = members.size() - 1; i >= 0 && !found; i--) {
            Evidence m = members.get(i).evidence();
            if (m.articleId().equals(original) && m.unitId().equals(original)) {
                theirs = m.minute();
                found = true;
            }
        }
        long mine = Minutes.of(placed.published());
        if (!found || (mine == Evidence.UNKNOWN) == (theirs == Evidence.UNKNOWN)) return List.of();
        return mine == Evidence.UNKNOWN ? List.of(new Dating(placed.id(), Minutes.day(theirs))) : List.of(new Dating(original, Minutes.day(mine)));
    }

    /** The id a story goes by now: itself, or the story it was merged into (transitively). */
    public String resolve(String storyId) {
        String id = storyId;
        for (String next; id != null && (next = mergedInto.get(id)) != null; ) id = next;
        return id;
    }

    /** The story with this id (or the story it was merged into), open or closed and not yet drained. */
    public Optional<Story> story(String storyId) {
        String id = resolve(storyId);
        StoryState s = open.get(id);
        if (s != null) return Optional.of(s.toStory());
        return closed.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** Every story not yet drained: the closed ones first, in closing order, then the open ones, oldest first. */
    public List<Story> stories() {
        List<Story> all = new ArrayList<>(closed);
        for (StoryState s : open.values()) all.add(s.toStory());
        return all;
    }

    /** Hands over the stories closed so far and forgets them: how a long-running caller keeps memory flat. */
    public List<Story> drainClosed() {
        List<Story> out = List.copyOf(closed);
        closed.clear();
        return out;
    }

    public int openStories() {
        return open.size();
    }

    /** Writes the whole state as JSON; {@link #read} resumes from it. */
    public void write(OutputStream out) throws IOException {
        ClustererSnapshot.write(out, ClustererSnapshot.of(settings, sequence, newest, rarity, countRarity,
                open.values().stream().map(StoryState::save).toList(), mergedInto, closed));
    }

    /** A clusterer resumed from what {@link #write} wrote. */
    public static StoryClusterer read(InputStream in, LanguagePacks packs) throws IOException {
        ClustererSnapshot s = ClustererSnapshot.read(in);
        StoryClusterer c = new StoryClusterer(s.settings(), new EvidenceReader(packs),
                new Rarity(s.frequencies(), s.documents()), s.countRarity());
        c.sequence = s.sequence();
        c.newest = s.newest();
        c.mergedInto.putAll(s.mergedInto());
        c.closed.addAll(s.closed());
        for (StoryState.Saved saved : s.open()) {
            StoryState state = StoryState.restore(saved);
            c.open.put(state.id, state);
            c.index.refile(state);
        }
        return c;
    }

    /** Counts an article's units ({@link EvidenceReader#units}) towards rarity without placing it: the first pass of {@link StoryBatch}. */
    void countRarity(List<Evidence> units) {
        units.forEach(rarity::add);
    }

    private Placement place(Evidence e, boolean wholeArticle) {
        if (e.hasTime()) newest = newest == Evidence.UNKNOWN ? e.minute() : Math.max(newest, e.minute());
        long arrival = e.hasTime() ? e.minute() : newest;
        if (countRarity) rarity.add(e);
        ageOut();
        List<String> keys = StoryIndex.keysOf(e, rarity);
        Similarity.Weighted unit = similarity.weigh(e, rarity);
        Similarity.Query query = similarity.query(unit);
        glanced.clear();
        Pool pool = candidates(query, keys);
        List<StoryState> candidates = pool.stories();
        Map<StoryState, Double> scores = new LinkedHashMap<>();
        for (StoryState s : candidates) scores.put(s, storyScore(query, s));
        StoryState chosen = null;
        String duplicateOf = null, translationOf = null;
        if (wholeArticle) {
            Match dup = nearDuplicate(e, candidates, scores);
            if (dup != null) {
                chosen = dup.story();
                duplicateOf = dup.article();
            }
        }
        if (chosen == null) chosen = best(scores, pool.crowded() ? CROWDED_JOIN : settings.join());
        if (chosen == null) chosen = newStory();
        else if (wholeArticle && duplicateOf == null) translationOf = translationIn(unit, chosen);
        chosen.add(unit, rarity.documents(), duplicateOf, translationOf, arrival);
        index.file(chosen, keys, StoryIndex.day(e.minute()));
        StoryState survivor = mergeAround(chosen, scores);
        return new Placement(survivor.id, duplicateOf, translationOf);
    }

    /**
     * The unit's similarity to the story: the mean of its best scores against the better half of
     * the story's recent units. A story's summed profile grows broad and starts to look like every
     * story with the same cast; its recent units do not, and needing half of them to agree keeps
     * one stray article from pulling in its own neighbours, and a story that has strayed from
     * growing further.
     */
    private double storyScore(Similarity.Query e, StoryState s) {
        double focus = focus(e, s);
        // below the join threshold a score decides nothing (no join, copy or merge), so a story that cannot reach it is not scored in full
        if (focus < settings.join()) return 0;
        Collection<Similarity.Weighted> exemplars = s.exemplars();
        double[] scores = new double[exemplars.size()];
        int agreeing = Math.max(1, (scores.length + 1) / 2);
        int i = 0;
        for (Similarity.Weighted x : exemplars) {
            Double seen = glanced.get(x);
            scores[i++] = seen != null ? seen : similarity.of(e, x);
            if (bestCase(scores, i, agreeing) * focus < settings.join()) return 0;
        }
        java.util.Arrays.sort(scores);
        double sum = 0;
        for (int k = scores.length - agreeing; k < scores.length; k++) sum += scores[k];
        double score = sum / agreeing;
        return score * focus;
    }

    /**
     * The highest mean of the better {@code agreeing} scores the story could still reach with the
     * first {@code done} scores known and every other one perfect.
     */
    private static double bestCase(double[] scores, int done, int agreeing) {
        int left = scores.length - done;
        if (left >= agreeing) return 1;
        double[] known = java.util.Arrays.copyOf(scores, done);
        java.util.Arrays.sort(known);
        double sum = left;
        for (int k = done - (agreeing - left); k < done; k++) sum += known[k];
        return sum / agreeing;
    }

    /**
     * How well the unit's entities fit the story's whole entity profile, as a damping factor: 1
     * when the cosine reaches {@link #FOCUS}, less below. A story that has wrongly taken in
     * articles about other events gets a broad profile and fits no single article well, so it
     * stops growing instead of swallowing everything with the same cast.
     */
    private double focus(Similarity.Query e, StoryState s) {
        if (e.unit().entities().isEmpty() || s.members().size() < FOCUS_FROM) return 1;
        double dot = 0, norm = 0;
        for (Map.Entry<String, Double> x : s.entityCounts().entrySet()) {
            double w = Rarity.tf(x.getValue()) * idf.of(rarity.df(Rarity.ENTITY, x.getKey()));
            norm += w * w;
            double mine = e.entities().weightOf(x.getKey());
            if (mine >= 0) dot += w * mine;
        }
        double cosine = norm == 0 ? 0 : dot / Math.sqrt(norm);
        return Math.min(1, cosine / FOCUS);
    }

    /**
     * The open stories within the window most like the unit, at most {@code candidates} of them,
     * found in two steps. The index gives a wider pool ({@link #POOL} times as many) ranked by the
     * summed rarity of the keys they share with the unit, times their {@link #nearness} in time; templated reports of other events share
     * many keys, so the right story can rank low there. Each story of the pool is then ranked by
     * the unit's similarity to its {@link #GLANCE} newest units, a cheap look that already sees
     * names, numbers and words together; only the best are scored in full.
     */
    private Pool candidates(Similarity.Query unit, List<String> keys) {
        Evidence e = unit.unit().evidence();
        long from = e.hasTime() ? StoryIndex.day(e.minute() - settings.windowMinutes()) : StoryIndex.UNDATED;
        long to = e.hasTime() ? StoryIndex.day(e.minute() + settings.windowMinutes()) : StoryIndex.UNDATED;
        // the index holds open stories only (closing and merging take them out)
        List<StoryState> hits = new ArrayList<>();
        for (StoryState s : index.candidates(keys, rarity, from, to)) {
            if (!inWindow(s, e)) continue;
            s.shared *= nearness(s, e);
            hits.add(s);
        }
        hits.sort(Comparator.comparingDouble((StoryState s) -> -s.shared).thenComparingLong(s -> -s.touched()).thenComparingLong(s -> s.sequence));
        boolean crowded = hits.size() > POOL * settings.candidates();
        List<StoryState> pool = hits.subList(0, Math.min(hits.size(), POOL * settings.candidates()));
        for (StoryState s : pool) s.refresh(similarity, rarity);
        if (pool.size() <= settings.candidates()) return new Pool(pool, crowded);
        Map<StoryState, Double> glance = new HashMap<>();
        for (StoryState s : pool) glance.put(s, glance(unit, s));
        return new Pool(pool.stream().sorted(Comparator.comparingDouble((StoryState s) -> -glance.get(s)).thenComparingLong(s -> s.sequence))
                .limit(settings.candidates()).toList(), crowded);
    }

    /**
     * How near in time the story runs to the unit, as a factor on its share of keys: 1 when the
     * unit falls within the story's dated span, falling by half {@link #NEAR} hours away. A story
     * is told in bursts, so of two stories sharing as much with the unit, the one running at its
     * time is more likely its own; on a dense day hundreds of look-alikes of the window's other
     * days share the same keys, and ranked by keys alone they pushed the right story out of the
     * pool (docs/stories.md, "Precision at scale"). Undated units and stories are near.
     */
    private static double nearness(StoryState s, Evidence e) {
        if (!e.hasTime() || s.first() == Evidence.UNKNOWN) return 1;
        long gap = Math.max(0, Math.max(s.first() - e.minute(), e.minute() - s.last()));
        return 1 / (1 + gap / (NEAR * 60.0));
    }

    /**
     * The candidates to score in full, and whether more stories shared keys with the unit than the
     * pool holds: then many look-alikes are open at once, and a join needs {@link #CROWDED_JOIN}.
     */
    private record Pool(List<StoryState> stories, boolean crowded) {}

    /** The unit's best score against the story's few newest units. */
    private double glance(Similarity.Query unit, StoryState s) {
        double best = 0;
        for (Similarity.Weighted x : s.newestExemplars(GLANCE)) {
            double score = similarity.of(unit, x);
            glanced.put(x, score);
            best = Math.max(best, score);
        }
        return best;
    }

    /**
     * Whether the unit is within the window of the story's dated units, before its first as well
     * as after its last: an article that arrives late with an older date belongs where its own
     * date puts it. Undated units, and stories of undated units only, fit any time.
     */
    private boolean inWindow(StoryState s, Evidence e) {
        if (!e.hasTime() || s.first() == Evidence.UNKNOWN) return true;
        return e.minute() >= s.first() - settings.windowMinutes() && e.minute() <= s.last() + settings.windowMinutes();
    }

    /**
     * Whether no article still to come can join the story: the newest date seen is more than
     * window + lateness past its newest unit (past its last arrival when none is dated).
     */
    private boolean closable(StoryState s) {
        long newestOwn = s.last() != Evidence.UNKNOWN ? s.last() : s.touched();
        return newestOwn != Evidence.UNKNOWN && newestOwn < newest - settings.openMinutes();
    }

    /**
     * The candidate the unit joins: the best one reaching {@code join} (the settings', or
     * {@link #CROWDED_JOIN} in a crowded pool), unless another one reaching
     * it too scores within {@link #AMBIGUOUS} of it. Reports of other events told from one template
     * reach {@code join} together; when the unit cannot tell two stories apart it starts its own, and
     * a later unit that matches it and one of them strongly merges them (docs/stories.md, "Clustering").
     */
    private StoryState best(Map<StoryState, Double> scores, double join) {
        StoryState best = null;
        double top = join;
        double second = 0;
        for (Map.Entry<StoryState, Double> x : scores.entrySet()) {
            if (x.getValue() >= top) {
                if (best != null) second = top;
                top = x.getValue();
                best = x.getKey();
            } else if (x.getValue() >= settings.join()) {
                second = Math.max(second, x.getValue());
            }
        }
        return best != null && second >= settings.join() && top - second < AMBIGUOUS ? null : best;
    }

    private record Match(StoryState story, String article) {}

    /**
     * The member in the same language whose word shingles the unit shares most, above the
     * threshold, in a story it is similar enough to join: templated wire copy about another
     * event shares phrasing too, but not the names.
     */
    private Match nearDuplicate(Evidence e, List<StoryState> candidates, Map<StoryState, Double> scores) {
        Match found = null;
        double top = settings.duplicate();
        for (StoryState s : candidates) {
            if (scores.get(s) < settings.join()) continue;
            for (StoryState.Member m : s.recentMembers(DUPLICATE_LOOKBACK)) {
                Evidence other = m.evidence();
                if (!sameUnitKind(e, other) || e.lang() == null || !e.lang().equals(other.lang())) continue;
                double j = e.signature().jaccard(other.signature());
                if (j >= top) {
                    top = j;
                    found = new Match(s, m.duplicateOf() != null ? m.duplicateOf() : other.articleId());
                }
            }
        }
        return found;
    }

    /** The recent unit of the story in another language that the unit translates best, above the threshold. */
    private String translationIn(Similarity.Weighted e, StoryState story) {
        String found = null;
        double top = settings.translation();
        for (Similarity.Weighted m : story.exemplars()) {
            if (!sameUnitKind(e.evidence(), m.evidence())) continue;
            double t = translations.agreement(e, m);
            if (t >= top) {
                top = t;
                found = m.evidence().articleId();
            }
        }
        return found;
    }

    /** Whole articles are compared with whole articles only, never with a post of a live blog. */
    private static boolean sameUnitKind(Evidence a, Evidence b) {
        return a.unitId().equals(a.articleId()) == b.unitId().equals(b.articleId());
    }

    /**
     * Merges into the chosen story every other candidate the new unit also matched at least as
     * strongly as {@link StorySettings#merge()}, when some recent unit of each is as similar to one
     * of the other, and some unit of each one's core too ({@link #coresScore}): the new unit
     * bridged two halves of one story.
     */
    private StoryState mergeAround(StoryState chosen, Map<StoryState, Double> scores) {
        StoryState survivor = chosen;
        for (Map.Entry<StoryState, Double> x : scores.entrySet()) {
            StoryState other = x.getKey();
            if (other == survivor || !open.containsKey(other.id) || x.getValue() < settings.merge()) continue;
            if (storiesScore(survivor, other) < settings.merge()) continue;
            if (coresScore(survivor, other) < settings.merge()) continue;
            survivor = merge(survivor, other);
        }
        return survivor;
    }

    /**
     * How alike two stories are: the best score between a recent unit of one and a recent unit of
     * the other that does not contradict itself on names. Reports of other events told from one
     * template score high on words alone between related languages (Russian and Ukrainian share
     * far more bridge keys than the English pairs the words route was calibrated on), and a
     * merge glues whole stories for good: a pair that both name linked entities counts only when
     * it shares {@value #MERGE_NAMES} of them (cosine). Arrival out of date order leaves many small
     * one-language pieces of stories open side by side, where one such pair decided.
     */
    private double storiesScore(StoryState a, StoryState b) {
        double best = 0;
        for (Similarity.Weighted x : a.exemplars()) {
            for (Similarity.Weighted y : b.exemplars()) {
                Similarity.Score s = similarity.score(x, y);
                boolean named = !x.entities().isEmpty() && !y.entities().isEmpty();
                if (!named || s.entities() >= MERGE_NAMES) best = Math.max(best, s.value());
            }
        }
        return best;
    }

    /**
     * How alike the units two stories began with are: the best score between a unit of one core
     * and a unit of the other. The drift guard on merging: a story grows one article at a time,
     * each like the last few, so its recent units can drift from the event it began with towards
     * a look-alike event, and two stories whose recent units meet are then not one story. Merging
     * only when the cores meet as well keeps look-alikes apart (docs/stories.md, "Clustering", step 4).
     */
    private double coresScore(StoryState a, StoryState b) {
        double best = 0;
        for (Similarity.Weighted x : a.core()) {
            for (Similarity.Weighted y : b.core()) best = Math.max(best, similarity.of(x, y));
        }
        return best;
    }

    private StoryState merge(StoryState a, StoryState b) {
        StoryState keep = a.sequence <= b.sequence ? a : b;
        StoryState gone = keep == a ? b : a;
        index.remove(gone);
        open.remove(gone.id);
        keep.absorb(gone);
        index.refile(keep);
        mergedInto.put(gone.id, keep.id);
        return keep;
    }

    private StoryState newStory() {
        StoryState s = new StoryState(String.format(Locale.ROOT, "story-%06d", ++sequence), sequence);
        open.put(s.id, s);
        return s;
    }

    private void ageOut() {
        if (++sinceAgeing < AGE_EVERY || newest == Evidence.UNKNOWN) return;
        sinceAgeing = 0;
        List<StoryState> stale = open.values().stream().filter(this::closable).toList();
        for (StoryState s : stale) {
            index.remove(s);
            open.remove(s.id);
            closed.add(s.toStory());
        }
    }
}
