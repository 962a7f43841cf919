package org.wirewatch.core.story;

import org.wirewatch.core.lang.LanguagePacks;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.Check;

/**
 * How similar two analysed articles are, in [0, 1], in any pair of languages, without machine
 * translation (docs/stories.md). Rare evidence weighs more; rarity is counted over the articles
 * given to {@link #count}, so count a whole collection before scoring pairs from it. Not
 * thread-safe: rarity is shared state.
 *
 * <pre>{@code
 * ArticleSimilarity similarity = new ArticleSimilarity(packs);
 * pairs.forEach(p -> { similarity.count(p.a()); similarity.count(p.b()); });
 * double s = similarity.score(a, b);
 * }</pre>
 */
public final class ArticleSimilarity {
    private final EvidenceReader reader;
    private final Similarity similarity;
    private final Rarity rarity = new Rarity();

    public ArticleSimilarity(LanguagePacks packs) {
        this.reader = new EvidenceReader(Check.notNullParam(packs, "packs"));
        this.similarity = new Similarity(reader.bridgedLanguages());
    }

    /** Counts the article's evidence towards rarity. */
    public void count(Article article) {
        rarity.add(reader.article(Check.notNullParam(article, "article")));
    }

    /** The similarity of two articles, symmetric. */
    public double score(Article a, Article b) {
        Check.notNullParam(a, "a");
        Check.notNullParam(b, "b");
        return similarity.of(similarity.weigh(reader.article(a), rarity), similarity.weigh(reader.article(b), rarity));
    }
}
