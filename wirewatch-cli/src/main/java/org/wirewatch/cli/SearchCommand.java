package org.wirewatch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.wirewatch.core.output.ArticleJson;
import org.wirewatch.index.BadQueryException;
import org.wirewatch.index.SearchRequest;
import org.wirewatch.index.SearchResult;
import org.wirewatch.index.ArticleIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "search",
        mixinStandardHelpOptions = true,
        description = {
            "Searches the stored articles in every language at once; inflected forms match (\"Блинкена\" finds \"Блинкен\").",
            "A word or phrase that names an entity also finds its mentions in every language and script (Blinken = Блинкен = Блінкен);",
            "each match says why it matched (its text, or the entity). --no-expand searches the words alone.",
            "Query syntax: words (all must occur), \"a phrase\", OR, NOT, +must, -mustNot, (grouping), word*.",
            "Prints the matches (best first; newest first when there are no query words) with highlighted passages."},
        footer = {"", "Examples:", "  wirewatch search 'Black Sea' --lang en",
            "  wirewatch search --entity Blinken --from 2024-11-01 --to 2024-11-30 --json"})
final class SearchCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "QUERY", description = "The query; leave out to list by the filters alone.")
    String query;

    @Option(names = "--lang", paramLabel = "L", description = "Only articles in this language (ISO 639-1).")
    String lang;

    @Option(names = "--from", paramLabel = "DATE", description = "Only articles published on or after this day (YYYY-MM-DD).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Only articles published on or before this day (YYYY-MM-DD).")
    LocalDate to;

    @Option(names = "--entity", paramLabel = "NAME", description = "Only articles mentioning this entity, named in any language or by id.")
    String entity;

    @Option(names = "--source", paramLabel = "NAME", description = "Only articles from this source.")
    String source;

    @Option(names = "--category", paramLabel = "ID", description = "Only articles in this category (e.g. air-strikes; docs/categories.md).")
    String category;

    @Option(names = "--limit", paramLabel = "N", description = "How many matches to print. Default: ${DEFAULT-VALUE}.")
    int limit = 10;

    @Option(names = "--offset", paramLabel = "N", description = "Skip this many matches first (paging). Default: ${DEFAULT-VALUE}.")
    int offset;

    @Option(names = "--no-expand", negatable = false,
            description = "Do not let names in the query match the entity's mentions in other languages and scripts.")
    boolean noExpand;

    @Option(names = "--json", description = "Print {\"total\": N, \"items\": [...], \"facets\": {...}} instead of text.")
    boolean json;

    @Mixin
    DataOptions dataOptions;

    @Mixin
    SolrOptions solrOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        SearchRequest request = new SearchRequest(query, lang, from, to, entity, source, null, null, offset, limit)
                .withExpand(!noExpand).withCategory(category);
        try (ArticleIndex index = dataOptions.openReadOnly(solrOptions, spec)) {
            SearchResult result = index.search(request);
            if (json) out.println(new ArticleJson().toPrettyJson(asJson(result)));
            else printText(out, result);
        } catch (BadQueryException e) {
            spec.commandLine().getErr().println("wirewatch search: " + e.getMessage());
            return Main.EXIT_USAGE;
        } catch (IOException e) {
            return StoreFailure.report(spec.commandLine().getErr(), "search", e);
        }
        return 0;
    }

    static Map<String, Object> asJson(SearchResult result) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", result.total());
        body.put("items", result.hits());
        body.put("facets", result.facets());
        body.put("facets_estimated", result.facetsEstimated());
        return body;
    }

    private void printText(PrintWriter out, SearchResult result) {
        out.printf("%,d matches%n", result.total());
        for (SearchResult.Hit hit : result.hits()) {
            var a = hit.article();
            out.printf("%n%s  %s  %s  %s%n", nullToDash(a.published()), nullToDash(a.lang()), a.id(), a.title() == null ? "" : a.title());
            if (!hit.matched().isEmpty()) out.println("    matched: " + reasons(hit.matched()));
            for (SearchResult.Snippet s : hit.snippets()) out.println("    " + marked(s).replace('\n', ' '));
        }
        if (result.total() > 0) out.printf("%nlanguages: %s%n", facetLine(result.facets().get("lang")));
    }

    /** "text, entity Antony Blinken (Блинкена)". */
    static String reasons(List<SearchResult.Match> matched) {
        return String.join(", ", matched.stream().map(m -> m.by().equals("entity")
                ? "entity " + m.name() + (m.name().equals(m.query()) ? "" : " (" + m.query() + ")") : m.by()).distinct().toList());
    }

    /** The passage with each matched word in [brackets]. */
    static String marked(SearchResult.Snippet s) {
        StringBuilder sb = new StringBuilder();
        int at = 0;
        for (SearchResult.Span m : s.matches()) {
            sb.append(s.text(), at, m.start()).append('[').append(s.text(), m.start(), m.end()).append(']');
            at = m.end();
        }
        return sb.append(s.text().substring(at)).toString();
    }

    private static String facetLine(List<SearchResult.FacetCount> counts) {
        return counts == null ? "" : String.join(", ", counts.stream().map(c -> c.value() + " " + c.count()).toList());
    }

    private static String nullToDash(String s) {
        return s == null ? "-" : s;
    }
}
