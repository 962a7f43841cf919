package org.wirewatch.bench.corpus;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.wirewatch.core.model.Check;

/**
 * Writes a realistic multilingual news corpus of any size from the project's own templates:
 * English, Russian and Ukrainian pages of 3–5 KB with scraped furniture, about {@code stories}
 * stories, each with articles in several languages (translations of each other, near-duplicates,
 * independent reports) over a four-week window. Deterministic for a seed, and streamed: each
 * article is built from (seed, position) when it is needed, so a million articles take no more
 * memory than ten.
 *
 * <pre>{@code
 * new CorpusGenerator(100_000, 10_000, 42).generate(article -> writer.write(article));
 * }</pre>
 */
public final class CorpusGenerator {
    private static final long NOISE = 0x0015_E5EEL;
    private static final long SIDEBAR = 0x51DE_BA12L;

    private final long seed;
    private final int stories;
    private final CorpusLayout layout;

    /**
     * @throws IllegalArgumentException if stories is below 1 or above articles / 2
     */
    public CorpusGenerator(int articles, int stories, long seed) {
        Check.isTrue(articles >= 2, "articles must be >= 2, was %d", articles);
        this.seed = seed;
        this.stories = stories;
        this.layout = new CorpusLayout(articles, stories, seed);
    }

    /** One story per ten articles: stories of a few languages and several outlets each, as on a news day. */
    public static int defaultStories(int articles) {
        return Math.max(1, articles / 10);
    }

    public int articles() {
        return layout.articles();
    }

    /** Hands every article to the sink, in corpus order. */
    public void generate(Consumer<GeneratedArticle> sink) {
        for (int pos = 0; pos < layout.articles(); pos++) sink.accept(article(pos));
    }

    /** The article at a position; the same for the same seed, however the corpus is read. */
    public GeneratedArticle article(int position) {
        int story = layout.storyAt(position);
        StoryPlan plan = StoryPlan.of(seed, story);
        Member member = Member.of(seed, story, layout.memberAt(position));
        LanguagePack pack = Packs.of(member.lang());
        SplittableRandom r = Mix.random(seed, NOISE, position);
        List<String> outlets = pack.page().outlets();
        String outlet = outlets.get(r.nextInt(outlets.size()));
        String agency = Packs.of("en").page().outlets().get(r.nextInt(3));
        StoryText text = new StoryText(plan, pack, agency);
        StoryText.Body body = text.body(seed, member.variant());
        if (member.role() == Role.NEAR_DUPLICATE) body = reworked(body, pack, r);
        LocalDateTime published = plan.start().plusMinutes(member.index() * 47L + r.nextInt(40));
        String page = new PageNoise(pack).page(text, body, published, outlet, r, n -> otherHeadline(pack, agency, n));
        String derivedFrom = member.source() < 0 ? null : id(layout.position(story, member.source()));
        return new GeneratedArticle(id(position), page, body.title(), member.lang(), iso(published), outlet,
                plan.id(), member.role(), derivedFrom);
    }

    /** A re-published copy: one paragraph after the lead dropped, an update note added. */
    private static StoryText.Body reworked(StoryText.Body body, LanguagePack pack, SplittableRandom r) {
        List<String> paragraphs = new ArrayList<>(body.paragraphs());
        if (paragraphs.size() > 2) paragraphs.remove(1 + r.nextInt(paragraphs.size() - 1));
        paragraphs.add(pack.updateNote());
        return new StoryText.Body(body.title(), paragraphs);
    }

    /** A headline of some other story, for sidebars and promos. */
    private String otherHeadline(LanguagePack pack, String agency, int draw) {
        SplittableRandom r = Mix.random(seed, SIDEBAR, draw);
        return new StoryText(StoryPlan.of(seed, r.nextInt(stories)), pack, agency).headline(r.nextInt(3));
    }

    private String id(int position) {
        return String.format(Locale.ROOT, "gen%d-%07d", seed, position);
    }

    private static String iso(LocalDateTime t) {
        return String.format(Locale.ROOT, "%04d-%02d-%02dT%02d:%02d", t.getYear(), t.getMonthValue(), t.getDayOfMonth(), t.getHour(), t.getMinute());
    }
}
