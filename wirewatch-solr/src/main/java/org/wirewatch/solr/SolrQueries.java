package org.wirewatch.solr;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PointRangeQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.wirewatch.index.BadQueryException;
import org.wirewatch.index.StoreSchema;

/**
 * Sends the Lucene query the embedded index would run to Solr unchanged: each node becomes a
 * Solr query parser call with its values in request parameters ({@code {!bool must=$q1 …}},
 * {@code {!term f=body_en v=$q2}}, phrases as span queries through {@code {!xmlparser}}), so no
 * term is analysed twice and no user text is parsed as Solr syntax. Not thread-safe: one per request.
 */
final class SolrQueries {
    private final ModifiableSolrParams params;
    private int next;

    SolrQueries(ModifiableSolrParams params) {
        this.params = params;
    }

    /** The Solr query for {@code q}; its values are added to the parameters. */
    String of(Query q) {
        if (q instanceof TermQuery t) return term(t.getTerm());
        if (q instanceof BooleanQuery b) return bool(b);
        if (q instanceof MatchAllDocsQuery) return "*:*";
        if (q instanceof MatchNoDocsQuery) return nothing();
        if (q instanceof BoostQuery b) return of(b.getQuery());
        if (q instanceof ConstantScoreQuery c) return of(c.getQuery());
        if (q instanceof SynonymQuery s) return any(s.getTerms().stream().map(t -> (Query) new TermQuery(t)).toList());
        if (q instanceof DisjunctionMaxQuery d) return any(new ArrayList<>(d.getDisjuncts()));
        if (q instanceof PrefixQuery p) return "{!prefix f=" + p.getField() + " v=$" + value(p.getPrefix().text()) + "}";
        if (q instanceof PhraseQuery p) return phrase(p);
        if (q instanceof MultiPhraseQuery m) return multiPhrase(m);
        if (q instanceof PointRangeQuery r) return range(r);
        throw new BadQueryException("this query cannot be sent to Solr yet (" + q.getClass().getSimpleName() + ": " + q + ")", null);
    }

    private String term(Term t) {
        return "{!term f=" + t.field() + " v=$" + value(t.text()) + "}";
    }

    private String bool(BooleanQuery b) {
        if (b.clauses().isEmpty()) return nothing();
        StringBuilder sb = new StringBuilder("{!bool");
        if (b.getMinimumNumberShouldMatch() > 0) sb.append(" mm=").append(b.getMinimumNumberShouldMatch());
        for (BooleanClause c : b.clauses()) {
            String occur = switch (c.getOccur()) {
                case MUST -> "must";
                case SHOULD -> "should";
                case MUST_NOT -> "must_not";
                case FILTER -> "filter";
            };
            sb.append(' ').append(occur).append("=$").append(value(of(c.getQuery())));
        }
        return sb.append('}').toString();
    }

    private String any(List<Query> queries) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (Query q : queries) b.add(q, BooleanClause.Occur.SHOULD);
        return bool(b.build());
    }

    /** A query that matches nothing: a clause that only excludes. */
    private String nothing() {
        return "{!bool must_not=$" + value("*:*") + "}";
    }

    /** Terms at their positions, the gaps left by removed stop words kept as slop, in order. */
    private String phrase(PhraseQuery p) {
        Term[] terms = p.getTerms();
        if (terms.length == 0) return nothing();
        if (terms.length == 1) return term(terms[0]);
        int[] positions = p.getPositions();
        int gaps = positions[positions.length - 1] - positions[0] - (positions.length - 1);
        StringBuilder xml = new StringBuilder("<SpanNear slop=\"" + (p.getSlop() + gaps) + "\" inOrder=\"true\">");
        for (Term t : terms) xml.append(spanTerm(t));
        return "{!xmlparser v=$" + value(xml.append("</SpanNear>").toString()) + "}";
    }

    private String multiPhrase(MultiPhraseQuery m) {
        Term[][] terms = m.getTermArrays();
        int[] positions = m.getPositions();
        int gaps = positions[positions.length - 1] - positions[0] - (positions.length - 1);
        StringBuilder xml = new StringBuilder("<SpanNear slop=\"" + (m.getSlop() + gaps) + "\" inOrder=\"true\">");
        for (Term[] at : terms) {
            xml.append("<SpanOr>");
            for (Term t : at) xml.append(spanTerm(t));
            xml.append("</SpanOr>");
        }
        return "{!xmlparser v=$" + value(xml.append("</SpanNear>").toString()) + "}";
    }

    private static String spanTerm(Term t) {
        return "<SpanTerm fieldName=\"" + xml(t.field()) + "\">" + xml(t.text()) + "</SpanTerm>";
    }

    /** Day ranges (ints) and tone ranges (doubles), the only point queries the index builds. */
    private String range(PointRangeQuery r) {
        String field = r.getField();
        String from;
        String to;
        if (field.equals(StoreSchema.DAY)) {
            from = bound(IntPoint.decodeDimension(r.getLowerPoint(), 0), Integer.MIN_VALUE);
            to = bound(IntPoint.decodeDimension(r.getUpperPoint(), 0), Integer.MAX_VALUE);
        } else if (field.equals(StoreSchema.TONE) || field.equals(StoreSchema.TONE_ABS)) {
            double lo = DoublePoint.decodeDimension(r.getLowerPoint(), 0);
            double hi = DoublePoint.decodeDimension(r.getUpperPoint(), 0);
            from = Double.isInfinite(lo) ? "*" : Double.toString(lo);
            to = Double.isInfinite(hi) ? "*" : Double.toString(hi);
        } else {
            throw new BadQueryException("no Solr range for field " + field, null);
        }
        return "{!lucene v=$" + value(field + ":[" + from + " TO " + to + "]") + "}";
    }

    private static String bound(int value, int open) {
        return value == open ? "*" : Integer.toString(value);
    }

    private String value(String v) {
        String name = "w" + next++;
        params.set(name, v);
        return name;
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
