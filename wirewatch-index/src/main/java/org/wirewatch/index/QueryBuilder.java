package org.wirewatch.index;

import java.util.Locale;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.wirewatch.index.analysis.TextAnalyses;

/**
 * Builds the Lucene query for a {@link SearchRequest}: the text part is parsed once per language
 * body field, each analysed by its own language (so one query finds inflected forms in every
 * language), and the filters are added as non-scoring clauses.
 */
final class QueryBuilder {
    private final TextAnalyses analyses;
    private final EntityFilter entities;

    QueryBuilder(TextAnalyses analyses, EntityFilter entities) {
        this.analyses = analyses;
        this.entities = entities;
    }

    /** The text part alone, for highlighting. */
    Query text(SearchRequest request) {
        if (!request.hasText()) return new MatchAllDocsQuery();
        MultiFieldQueryParser parser = new MultiFieldQueryParser(analyses.bodyFields(), analyses.perFieldAnalyzer());
        parser.setDefaultOperator(QueryParser.Operator.AND);
        try {
            return parser.parse(request.operators().words());
        } catch (ParseException e) {
            throw new BadQueryException("cannot understand the query \"" + request.query() + "\": " + firstLine(e.getMessage()), e);
        }
    }

    Query build(SearchRequest request) {
        BooleanQuery.Builder all = new BooleanQuery.Builder().add(text(request), BooleanClause.Occur.MUST);
        if (request.lang() != null) filter(all, new TermQuery(new Term(IndexFields.LANG, request.lang())));
        if (request.source() != null) filter(all, new TermQuery(new Term(IndexFields.SOURCE, request.source())));
        if (request.story() != null) filter(all, new TermQuery(new Term(IndexFields.STORY, request.story())));
        if (request.entity() != null) filter(all, entities.query(request.entity()));
        if (request.speaker() != null) filter(all, speaker(request.speaker()));
        if (request.eventType() != null) filter(all, new TermQuery(new Term(IndexFields.EVENT_TYPE, request.eventType().strip().toUpperCase(Locale.ROOT))));
        if (request.category() != null) filter(all, new TermQuery(new Term(IndexFields.CATEGORY, request.category().strip())));
        for (Query tone : request.operators().filters()) filter(all, tone);
        if (request.from() != null || request.to() != null) {
            int from = request.from() == null ? Integer.MIN_VALUE : (int) request.from().toEpochDay();
            int to = request.to() == null ? Integer.MAX_VALUE : (int) request.to().toEpochDay();
            filter(all, IntPoint.newRangeQuery(IndexFields.DAY, from, to));
        }
        return all.build();
    }

    private Query speaker(String name) {
        BooleanQuery.Builder any = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexFields.SPEAKER, name.strip())), BooleanClause.Occur.SHOULD);
        for (String id : entities.ids(name)) any.add(new TermQuery(new Term(IndexFields.SPEAKER, id)), BooleanClause.Occur.SHOULD);
        return any.build();
    }

    private static void filter(BooleanQuery.Builder all, Query q) {
        all.add(q, BooleanClause.Occur.FILTER);
    }

    private static String firstLine(String message) {
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
