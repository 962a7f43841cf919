package org.wirewatch.core.output;

import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.wirewatch.core.eventlink.EventLinker;
import org.wirewatch.core.eventlink.LinkedEvent;
import org.wirewatch.core.kb.KnowledgeBase;
import org.wirewatch.core.kb.KnowledgeBases;
import org.wirewatch.core.model.Mention;

/**
 * GDELT 2.0 event table rows: 61 tab-separated columns, no header, one row per happening that has a
 * CAMEO code, however many articles report it (docs/events.md lists which columns are filled):
 * the reports of all articles are linked first ({@link EventLinker}), as GDELT keeps one event and
 * lists its reports in the Mentions table ({@link GdeltMentionsFormat}). Actor codes are Wirewatch
 * entity ids, not CAMEO actor codes; country codes are ISO 3166 alpha-2; the event id is
 * "article-id:n" of its first report. AvgTone is the mean tone of its reports' articles. The action
 * geography is the event's first place, an actor's geography the actor itself when it is a place
 * (a country as actor), both from {@link GdeltGeography}. Goldstein scale and ADM codes are left
 * empty rather than invented. The rows are written when the export
 * closes, since a later article may report an event again.
 */
public final class GdeltEventsFormat implements ExportFormat {
    /** The GDELT 2.0 event table columns, in order. */
    public static final List<String> COLUMNS = columns();

    private final EventLinker linker;
    private final GdeltGeography geography;

    /** Links with {@code linker}; places not located in the articles are looked up in {@code kb}. */
    public GdeltEventsFormat(EventLinker linker, KnowledgeBase kb) {
        this.linker = linker;
        this.geography = new GdeltGeography(kb);
    }

    public GdeltEventsFormat(EventLinker linker) {
        this(linker, KnowledgeBases.builtIn());
    }

    /** Links with the built-in knowledge base (a city and its country agree). */
    public GdeltEventsFormat() {
        this(new EventLinker(KnowledgeBases.builtIn()));
    }

    @Override
    public String name() {
        return "gdelt-events";
    }

    @Override
    public ExportWriter open(Writer out) {
        return new LinkedEventWriter(out, linker, (e, w) -> w.write(TsvFields.join(row(e))));
    }

    /** The row of one happening, {@link #COLUMNS} long. */
    List<String> row(LinkedEvent<ReportedEvent> e) {
        List<String> row = new ArrayList<>(Collections.nCopies(COLUMNS.size(), ""));
        ReportedEvent first = e.mentions().get(0);
        String day = TsvFields.sqlDate(e.date() != null ? e.date() : first.published());
        set(row, "GLOBALEVENTID", e.id());
        set(row, "SQLDATE", day);
        set(row, "MonthYear", day.isEmpty() ? "" : day.substring(0, 6));
        set(row, "Year", day.isEmpty() ? "" : day.substring(0, 4));
        actor(row, "Actor1", e, e.actor());
        actor(row, "Actor2", e, e.target());
        set(row, "IsRootEvent", "1");
        set(row, "EventCode", e.cameo());
        set(row, "EventBaseCode", e.cameo().substring(0, 3));
        set(row, "EventRootCode", e.cameo().substring(0, 2));
        set(row, "QuadClass", quadClass(e.cameo()));
        set(row, "NumMentions", String.valueOf(e.mentions().stream().mapToInt(m -> Math.max(1, m.event().evidence().size())).sum()));
        set(row, "NumSources", String.valueOf(e.mentions().stream().map(m -> m.source() != null ? m.source() : m.articleId()).distinct().count()));
        set(row, "NumArticles", String.valueOf(e.mentions().stream().map(ReportedEvent::articleId).distinct().count()));
        OptionalDouble tone = e.mentions().stream().filter(m -> m.tone() != null).mapToDouble(ReportedEvent::tone).average();
        if (tone.isPresent()) set(row, "AvgTone", TsvFields.number(tone.getAsDouble()));
        geography(row, "Actor1Geo_", e, e.actor());
        geography(row, "Actor2Geo_", e, e.target());
        geography(row, "ActionGeo_", e, e.location());
        set(row, "DATEADDED", dateAdded(e));
        set(row, "SOURCEURL", TsvFields.clean(first.url() != null ? first.url() : first.articleId(), ""));
        return row;
    }

    /** The earliest report's published day, as YYYYMMDD000000; empty when no report is dated. */
    static String dateAdded(LinkedEvent<ReportedEvent> e) {
        return e.mentions().stream().map(m -> TsvFields.sqlDate(m.published())).filter(d -> !d.isEmpty()).sorted().findFirst()
                .map(d -> d + "000000").orElse("");
    }

    /** The name the first report giving the id uses. */
    private static String nameOf(LinkedEvent<ReportedEvent> e, String id) {
        return e.mentions().stream().filter(m -> m.names().containsKey(id)).findFirst().map(m -> m.nameOf(id)).orElse(id);
    }

    /** A place's Type, FullName, CountryCode, Lat, Long and FeatureID; nothing when {@code id} is not a place. */
    private void geography(List<String> row, String prefix, LinkedEvent<ReportedEvent> e, String id) {
        if (id == null) return;
        Mention located = e.mentions().stream().map(m -> m.located().get(id)).filter(Objects::nonNull).findFirst().orElse(null);
        geography.of(id, nameOf(e, id), located).ifPresent(g -> {
            set(row, prefix + "Type", g.type());
            set(row, prefix + "FullName", TsvFields.clean(g.fullName(), ""));
            set(row, prefix + "CountryCode", g.country());
            set(row, prefix + "Lat", g.latText());
            set(row, prefix + "Long", g.lonText());
            set(row, prefix + "FeatureID", g.featureId());
        });
    }

    private static void actor(List<String> row, String prefix, LinkedEvent<ReportedEvent> e, String id) {
        if (id == null) return;
        set(row, prefix + "Code", id);
        set(row, prefix + "Name", TsvFields.clean(nameOf(e, id), ""));
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
