package org.wirewatch.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.wirewatch.index.analysis.TextAnalyses;

/**
 * Builds the Lucene query for a {@link SearchRequest}: the text part is parsed once per language
 * body field, each analysed by its own language (so one query finds inflected forms in every
 * language), words and phrases that name an entity also match its mentions in every script
 * ({@link NameExpansion}, unless the request turns expansion off), and the filters are added as
 * non-scoring clauses.
 */
final class QueryBuilder {
    /** A query of a few plain words ("Antony Blinken") is also tried as one name. */
    private static final Pattern PLAIN_WORDS = Pattern.compile("[\\p{L}\\p{M}'’.-]+(\\s+[\\p{L}\\p{M}'’.-]+){1,3}");

    /** The query of a request, with its text part and the entity expansions it used, so hits can say why they matched. */
    record Built(Query all, Query text, Query plainText, List<NameExpansion.Expansion> expansions) {}

    private final TextAnalyses analyses;
    private final EntityFilter entities;
    private final NameExpansion names;

    QueryBuilder(TextAnalyses analyses, EntityFilter entities, NameExpansion names) {
        this.analyses = analyses;
        this.entities = entities;
        this.names = names;
    }

    Built build(SearchRequest request, IndexReader reader) throws IOException {
        return build(request, (NameExpansion.Seen) t -> reader.docFreq(t) > 0);
    }

    /** As above, for a store other than the embedded index: {@code seen} tells which name keys it holds. */
    Built build(SearchRequest request, NameExpansion.Seen seen) throws IOException {
        List<NameExpansion.Expansion> used = new ArrayList<>();
        Query plain = text(request, null, used);
        Query text = request.expand() && request.hasText() ? text(request, seen, used) : plain;
        BooleanQuery.Builder all = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST);
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
        return new Built(all.build(), text, plain, List.copyOf(used));
    }

    /** The text part; with {@code seen}, names in it are expanded (and the expansions added to {@code used}). */
    private Query text(SearchRequest request, NameExpansion.Seen seen, List<NameExpansion.Expansion> used) throws IOException {
        if (!request.hasText()) return SummaryDocs.articlesOnly();
        String words = request.operators().words();
        MultiFieldQueryParser parser = seen == null
                ? new MultiFieldQueryParser(analyses.bodyFields(), analyses.perFieldAnalyzer())
                : new ExpandingParser(analyses.bodyFields(), analyses, seen, used);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        Query parsed;
        try {
            parsed = parser.parse(words);
        } catch (ParseException e) {
            throw new BadQueryException("cannot understand the query \"" + request.query() + "\": " + firstLine(e.getMessage()), e);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (seen == null || !PLAIN_WORDS.matcher(words.strip()).matches()) return parsed;
        Optional<NameExpansion.Expansion> whole = names.of(words, seen);
        if (whole.isEmpty()) return parsed;
        used.add(whole.get());
        return new BooleanQuery.Builder().add(parsed, BooleanClause.Occur.SHOULD).add(whole.get().query(), BooleanClause.Occur.SHOULD).build();
    }

    /** Parses as the plain parser does, then lets each word or phrase also match the entity it names. */
    private final class ExpandingParser extends MultiFieldQueryParser {
        private final NameExpansion.Seen seen;
        private final List<NameExpansion.Expansion> used;

        ExpandingParser(String[] fields, TextAnalyses analyses, NameExpansion.Seen seen, List<NameExpansion.Expansion> used) {
            super(fields, analyses.perFieldAnalyzer());
            this.seen = seen;
            this.used = used;
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
            Query q = super.getFieldQuery(field, queryText, quoted);
            return field == null ? expanded(q, queryText) : q;
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
            Query q = super.getFieldQuery(field, queryText, slop);
            return field == null ? expanded(q, queryText) : q;
        }

        private Query expanded(Query text, String queryText) {
            Optional<NameExpansion.Expansion> name;
            try {
                name = names.of(queryText, seen);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (name.isEmpty()) return text;
            used.add(name.get());
            BooleanQuery.Builder either = new BooleanQuery.Builder().add(name.get().query(), BooleanClause.Occur.SHOULD);
            if (text != null) either.add(text, BooleanClause.Occur.SHOULD);
            return either.build();
        }
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
