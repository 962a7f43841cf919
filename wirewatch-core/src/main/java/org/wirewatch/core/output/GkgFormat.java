package org.wirewatch.core.output;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wirewatch.core.kb.KnowledgeBase;
import org.wirewatch.core.kb.KnowledgeBases;
import org.wirewatch.core.model.Amount;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.DateMention;
import org.wirewatch.core.model.Mention;
import org.wirewatch.core.model.Quote;

/**
 * GDELT GKG 2.1 rows: 27 tab-separated columns, no header, one row per article (docs/events.md).
 * Filled: record id, date, source, document id, counts (from amounts with a count category),
 * locations (with their type, country and point from {@link GdeltGeography}), persons, organisations (V1 and the V2 forms with character offsets), dates,
 * quotations, all names, amounts, translation info and V1.5TONE (tone, positive, negative, polarity,
 * word count; the two reference densities, which Wirewatch does not measure, empty). Themes, GCAM
 * and images are empty.
 */
public final class GkgFormat implements ExportFormat {
    /** The GKG 2.1 columns, in order. */
    public static final List<String> COLUMNS = List.of("GKGRECORDID", "V2.1DATE", "V2SOURCECOLLECTIONIDENTIFIER", "V2SOURCECOMMONNAME",
            "V2DOCUMENTIDENTIFIER", "V1COUNTS", "V2.1COUNTS", "V1THEMES", "V2ENHANCEDTHEMES", "V1LOCATIONS", "V2ENHANCEDLOCATIONS",
            "V1PERSONS", "V2ENHANCEDPERSONS", "V1ORGANIZATIONS", "V2ENHANCEDORGANIZATIONS", "V1.5TONE", "V2.1ENHANCEDDATES", "V2GCAM",
            "V2.1SHARINGIMAGE", "V2.1RELATEDIMAGES", "V2.1SOCIALIMAGEEMBEDS", "V2.1SOCIALVIDEOEMBEDS", "V2.1QUOTATIONS",
            "V2.1ALLNAMES", "V2.1AMOUNTS", "V2.1TRANSLATIONINFO", "V2EXTRASXML");

    private static final String DELIMITERS = ";#,|";

    private final GdeltGeography geography;

    /** Places not located in the articles are looked up in {@code kb} (their kind always is). */
    public GkgFormat(KnowledgeBase kb) {
        this.geography = new GdeltGeography(kb);
    }

    public GkgFormat() {
        this(KnowledgeBases.builtIn());
    }

    @Override
    public String name() {
        return "gkg";
    }

    @Override
    public ExportWriter open(Writer out) {
        return new ExportWriter() {
            @Override
            public void write(Article article) throws IOException {
                out.write(TsvFields.join(row(article)));
            }

            @Override
            public void close() throws IOException {
                out.flush();
            }
        };
    }

    List<String> row(Article a) {
        List<String> row = new ArrayList<>(Collections.nCopies(COLUMNS.size(), ""));
        String day = TsvFields.sqlDate(a.published());
        set(row, "GKGRECORDID", TsvFields.clean(a.id(), ""));
        set(row, "V2.1DATE", day.isEmpty() ? "" : day + time(a.published()));
        set(row, "V2SOURCECOLLECTIONIDENTIFIER", "1");
        set(row, "V2SOURCECOMMONNAME", TsvFields.clean(a.source(), ""));
        set(row, "V2DOCUMENTIDENTIFIER", TsvFields.clean(a.url() != null ? a.url() : a.id(), ""));
        set(row, "V1COUNTS", counts(a, false));
        set(row, "V2.1COUNTS", counts(a, true));
        set(row, "V1LOCATIONS", names(a, "LOC", false, true));
        set(row, "V2ENHANCEDLOCATIONS", names(a, "LOC", true, true));
        set(row, "V1PERSONS", names(a, "PER", false, false));
        set(row, "V2ENHANCEDPERSONS", names(a, "PER", true, false));
        set(row, "V1ORGANIZATIONS", names(a, "ORG", false, false));
        set(row, "V2ENHANCEDORGANIZATIONS", names(a, "ORG", true, false));
        set(row, "V2.1ENHANCEDDATES", dates(a));
        set(row, "V2.1QUOTATIONS", quotations(a));
        set(row, "V2.1ALLNAMES", allNames(a));
        set(row, "V2.1AMOUNTS", amounts(a));
        if (a.tone() != null) set(row, "V1.5TONE", tone(a.tone()));
        set(row, "V2.1TRANSLATIONINFO", a.lang() == null || a.lang().equals("en") ? "" : "srclc:" + a.lang());
        return row;
    }

    private static String time(String published) {
        String digits = published.length() > 10 ? published.substring(11).replace(":", "") : "";
        return (digits + "000000").substring(0, 6);
    }

    /** CountType#Number#ObjectType#LocationType#FullName#CountryCode#ADM1#Lat#Long#FeatureID(#Offset in V2.1). */
    private static String counts(Article a, boolean offsets) {
        StringBuilder out = new StringBuilder();
        for (Amount m : a.amounts()) {
            if (m.count() == null) continue;
            out.append(m.count()).append('#').append((long) m.value()).append('#').append(TsvFields.clean(m.object(), DELIMITERS))
                    .append("#0######");
            if (offsets) out.append('#').append(m.start());
            out.append(';');
        }
        return out.toString();
    }

    /** V1: names separated by ";"; V2: "name,offset;". Locations: Type#FullName#CountryCode#ADM1#(ADM2#)Lat#Long#FeatureID(#Offset). */
    private String names(Article a, String type, boolean offsets, boolean location) {
        Map<String, Mention> first = new LinkedHashMap<>();
        List<String> parts = new ArrayList<>();
        for (Mention m : a.entities()) {
            if (!type.equals(m.type()) || m.id() == null) continue;
            String name = TsvFields.clean(m.name() != null ? m.name() : m.text(), DELIMITERS);
            if (!offsets && first.putIfAbsent(m.id(), m) != null) continue;
            if (location) {
                parts.add(location(m, name, offsets));
            } else {
                parts.add(offsets ? name + "," + m.start() : name);
            }
        }
        return String.join(";", parts);
    }

    /** One location block; a place the knowledge base does not know is a city without a point, as GDELT's type 4. */
    private String location(Mention m, String name, boolean offsets) {
        GdeltGeography.Geo g = geography.of(m.id(), name, m.lat() != null ? m : null)
                .orElse(new GdeltGeography.Geo("4", name, TsvFields.countryCode(m.id()), null, null, m.id()));
        return g.type() + "#" + TsvFields.clean(g.fullName(), ";#") + "#" + g.country() + "#" + (offsets ? "##" : "#")
                + g.latText() + "#" + g.lonText() + "#" + g.featureId() + (offsets ? "#" + m.start() : "");
    }

    /** Resolution#Month#Day#Year#Offset; resolution 4 a full date, 2 a month, 1 a year. */
    private static String dates(Article a) {
        StringBuilder out = new StringBuilder();
        for (DateMention d : a.dates()) {
            int[] p = TsvFields.calendarParts(d.value());
            if (p == null) continue;
            int resolution = p[2] > 0 ? 4 : p[1] > 0 ? 2 : 1;
            out.append(resolution).append('#').append(p[1]).append('#').append(p[2]).append('#').append(p[0])
                    .append('#').append(d.start()).append(';');
        }
        return out.toString();
    }

    /** Offset|Length|Verb|Quote blocks separated by "#". */
    private static String quotations(Article a) {
        List<String> blocks = new ArrayList<>();
        for (Quote q : a.quotes()) {
            blocks.add(q.start() + "|" + (q.end() - q.start()) + "|" + TsvFields.clean(q.cue(), DELIMITERS) + "|"
                    + TsvFields.clean(q.text(), DELIMITERS));
        }
        return String.join("#", blocks);
    }

    private static String allNames(Article a) {
        StringBuilder out = new StringBuilder();
        for (Mention m : a.entities()) out.append(TsvFields.clean(m.text(), DELIMITERS)).append(',').append(m.start()).append(';');
        return out.toString();
    }

    /** Amount,Object,Offset; */
    private static String amounts(Article a) {
        StringBuilder out = new StringBuilder();
        for (Amount m : a.amounts()) {
            out.append((long) m.value()).append(',').append(TsvFields.clean(m.object(), DELIMITERS)).append(',').append(m.start()).append(';');
        }
        return out.toString();
    }

    /** GDELT's seven V1.5TONE numbers; activity and self/group reference densities are not measured, so empty. */
    private static String tone(org.wirewatch.core.model.Tone t) {
        return String.join(",", TsvFields.number(t.tone()), TsvFields.number(t.positive()), TsvFields.number(t.negative()),
                TsvFields.number(t.polarity()), "", "", String.valueOf(t.words()));
    }

    private static void set(List<String> row, String column, String value) {
        row.set(COLUMNS.indexOf(column), value == null ? "" : value);
    }
}
