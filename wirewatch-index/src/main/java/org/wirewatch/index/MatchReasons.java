package org.wirewatch.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

/**
 * Why each hit of a page matched: the query's own words (as the plain, per-language search reads
 * them), and each entity a query word named. Checked per hit against the index, so a page of ten
 * costs ten look-ups per reason, not a second search.
 */
final class MatchReasons {
    private MatchReasons() {}

    static List<List<SearchResult.Match>> of(IndexSearcher searcher, QueryBuilder.Built built, ScoreDoc[] page) throws IOException {
        List<List<SearchResult.Match>> out = new ArrayList<>();
        if (built.expansions().isEmpty()) {
            for (int i = 0; i < page.length; i++) out.add(List.of());
            return out;
        }
        Weight text = weight(searcher, built.plainText());
        List<Weight> names = new ArrayList<>();
        for (NameExpansion.Expansion e : built.expansions()) names.add(weight(searcher, e.query()));
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        for (ScoreDoc d : page) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(d.doc, leaves));
            int doc = d.doc - leaf.docBase;
            Set<SearchResult.Match> why = new LinkedHashSet<>();
            if (matches(text, leaf, doc)) why.add(SearchResult.Match.TEXT);
            for (int i = 0; i < names.size(); i++) {
                NameExpansion.Expansion e = built.expansions().get(i);
                if (matches(names.get(i), leaf, doc)) why.add(new SearchResult.Match("entity", e.text(), e.id(), e.label()));
            }
            out.add(List.copyOf(why));
        }
        return out;
    }

    private static Weight weight(IndexSearcher searcher, Query q) throws IOException {
        return searcher.createWeight(searcher.rewrite(q), ScoreMode.COMPLETE_NO_SCORES, 1);
    }

    private static boolean matches(Weight w, LeafReaderContext leaf, int doc) throws IOException {
        Scorer s = w.scorer(leaf);
        if (s == null) return false;
        // Scorer.iterator() is exact (two-phase queries such as phrases are confirmed in it)
        DocIdSetIterator it = s.iterator();
        return it.advance(doc) == doc;
    }
}
