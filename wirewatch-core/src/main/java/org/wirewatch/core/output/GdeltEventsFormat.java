package org.wirewatch.core.output;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.Event;

/**
 * GDELT 2.0 event table rows: 61 tab-separated columns, no header, one row per event that has a
 * CAMEO code (docs/events.md lists which columns are filled). Actor codes are Wirewatch entity
 * ids, not CAMEO actor codes; country codes are ISO 3166 alpha-2; the event id is
 * "article-id:n". AvgTone is the tone of the event's article (its only article). Goldstein scale and
 * coordinates are left empty rather than invented.
 */
public final class GdeltEventsFormat implements ExportFormat {
    /** The GDELT 2.0 event table columns, in order. */
    public static final List<String> COLUMNS = columns();

    @Override
    public String name() {
        return "gdelt-events";
    }

    @Override
    public ExportWriter open(Writer out) {
        return new ExportWriter() {
            @Override
            public void write(Article article) throws IOException {
                int n = 0;
                for (Event e : article.events()) {
                    n++;
                    if (e.cameo() != null) out.write(TsvFields.join(row(article, e, n)));
                }
            }

            @Override
            public void close() throws IOException {
                out.flush();
            }
        };
    }

    /** The row of one event, {@link #COLUMNS} long. */
    static List<String> row(Article a, Event e, int n) {
        List<String> row = new ArrayList<>(Collections.nCopies(COLUMNS.size(), ""));
        String day = TsvFields.sqlDate(e.date() != null ? e.date() : a.published());
        set(row, "GLOBALEVENTID", a.id() + ":" + n);
        set(row, "SQLDATE", day);
        set(row, "MonthYear", day.isEmpty() ? "" : day.substring(0, 6));
        set(row, "Year", day.isEmpty() ? "" : day.substring(0, 4));
        actor(row, "Actor1", a, e.actor());
        actor(row, "Actor2", a, e.target());
        set(row, "IsRootEvent", "1");
        set(row, "EventCode", e.cameo());
        set(row, "EventBaseCode", e.cameo().substring(0, 3));
        set(row, "EventRootCode", e.cameo().substring(0, 2));
        set(row, "QuadClass", quadClass(e.cameo()));
        set(row, "NumMentions", String.valueOf(Math.max(1, e.evidence().size())));
        set(row, "NumSources", "1");
        set(row, "NumArticles", "1");
        if (a.tone() != null) set(row, "AvgTone", TsvFields.number(a.tone().tone()));
        if (e.location() != null) {
            set(row, "ActionGeo_FullName", TsvFields.clean(TsvFields.nameOf(a, e.location()), ""));
            set(row, "ActionGeo_CountryCode", TsvFields.countryCode(e.location()));
            set(row, "ActionGeo_FeatureID", e.location());
        }
        set(row, "DATEADDED", TsvFields.sqlDate(a.published()).isEmpty() ? "" : TsvFields.sqlDate(a.published()) + "000000");
        set(row, "SOURCEURL", TsvFields.clean(a.url() != null ? a.url() : a.id(), ""));
        return row;
    }

    private static void actor(List<String> row, String prefix, Article a, String id) {
        if (id == null) return;
        set(row, prefix + "Code", id);
        set(row, prefix + "Name", TsvFields.clean(TsvFields.nameOf(a, id), ""));
        set(row, prefix + "CountryCode", TsvFields.countryCode(id));
    }

    /** CAMEO roots 01–05 verbal cooperation, 06–08 material cooperation, 09–14 verbal conflict, 15–20 material conflict. */
    static String quadClass(String cameo) {
        int root = Integer.parseInt(cameo.substring(0, 2));
        return root <= 5 ? "1" : root <= 8 ? "2" : root <= 14 ? "3" : "4";
    }

    private static void set(List<String> row, String column, String value) {
        row.set(COLUMNS.indexOf(column), value == null ? "" : value);
    }

    private static List<String> columns() {
        List<String> c = new ArrayList<>(List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"));
        for (String actor : List.of("Actor1", "Actor2")) {
            for (String f : List.of("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
                    "Type1Code", "Type2Code", "Type3Code")) c.add(actor + f);
        }
        c.addAll(List.of("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions",
                "NumSources", "NumArticles", "AvgTone"));
        for (String geo : List.of("Actor1Geo_", "Actor2Geo_", "ActionGeo_")) {
            for (String f : List.of("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")) c.add(geo + f);
        }
        c.addAll(List.of("DATEADDED", "SOURCEURL"));
        return List.copyOf(c);
    }
}
