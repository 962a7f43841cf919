package org.wirewatch.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;

/**
 * GDELT's tone operators inside a query's words: {@code tone>N} and {@code tone<N} keep articles
 * whose tone (per 100 words) is above or below N, {@code toneabs>N} and {@code toneabs<N} on its
 * absolute value (how emotional, either way), and {@code sort:tonedesc} or {@code sort:toneasc}
 * order the results by tone. The rest of the query is searched as words. Immutable.
 *
 * @param words   the query without the operators; null when nothing is left
 * @param filters the tone ranges the operators ask for
 * @param sort    the order asked for; null for the default
 */
record ToneOperators(String words, List<Query> filters, Sort sort) {
    private static final Pattern OPERATOR = Pattern.compile(
            "(?<![\\p{L}\\p{N}_])(?:(tone|toneabs)([<>])(-?\\d+(?:\\.\\d+)?)|sort:(tonedesc|toneasc))(?![\\p{L}\\p{N}_.])",
            Pattern.CASE_INSENSITIVE);

    static ToneOperators parse(String query) {
        if (query == null || query.isBlank()) return new ToneOperators(null, List.of(), null);
        Matcher m = OPERATOR.matcher(query);
        List<Query> filters = new ArrayList<>();
        Sort sort = null;
        StringBuilder rest = new StringBuilder();
        int last = 0;
        while (m.find()) {
            rest.append(query, last, m.start()).append(' ');
            last = m.end();
            if (m.group(4) != null) {
                sort = new Sort(new SortField(IndexFields.TONE, SortField.Type.DOUBLE, m.group(4).equalsIgnoreCase("tonedesc")), SortField.FIELD_DOC);
                continue;
            }
            String field = m.group(1).toLowerCase(Locale.ROOT).equals("toneabs") ? IndexFields.TONE_ABS : IndexFields.TONE;
            double n = Double.parseDouble(m.group(3));
            filters.add(m.group(2).equals(">")
                    ? DoublePoint.newRangeQuery(field, Math.nextUp(n), Double.POSITIVE_INFINITY)
                    : DoublePoint.newRangeQuery(field, Double.NEGATIVE_INFINITY, Math.nextDown(n)));
        }
        rest.append(query.substring(last));
        String words = rest.toString().strip();
        return new ToneOperators(words.isEmpty() ? null : words, List.copyOf(filters), sort);
    }
}
