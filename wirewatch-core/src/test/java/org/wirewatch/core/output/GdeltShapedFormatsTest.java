package org.wirewatch.core.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirewatch.core.lang.LanguageIdentifier;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.RawArticle;
import org.wirewatch.core.model.SourceRef;
import org.wirewatch.core.pipeline.Pipeline;
import org.wirewatch.core.pipeline.PipelineSettings;

/** The GDELT-shaped exports of an invented article, checked against their documented column layout. */
class GdeltShapedFormatsTest {
    private static final Article ARTICLE = analyse();

    private static Article analyse() {
        String text = "Russia launched a missile strike on Ukraine on March 12, firing 12 missiles at Odesa. "
                + "At least 3 people were killed in Odesa. \"We condemn this attack,\" said Jens Stoltenberg of NATO.";
        RawArticle raw = RawArticle.ofText("fixture-1", text, SourceRef.of("fixture.txt"));
        raw = new RawArticle(raw.id(), raw.text(), raw.title(), "https://example.org/a", "en", "2025-03-14T09:30", "example.org",
                raw.authors(), raw.origin(), raw.markup(), raw.issues());
        return new Pipeline(new PipelineSettings(true, LanguageIdentifier.defaultLanguages())).analyze(raw);
    }

    private static List<String[]> rows(ExportFormat format) throws IOException {
        StringWriter out = new StringWriter();
        try (ExportWriter w = format.open(out)) {
            w.write(ARTICLE);
        }
        return out.toString().lines().map(l -> l.split("\t", -1)).toList();
    }

    private static String field(String[] row, List<String> columns, String name) {
        return row[columns.indexOf(name)];
    }

    @Test
    void gdelt_event_rows_have_the_61_columns_of_the_gdelt_2_event_table() throws IOException {
        assertEquals(61, GdeltEventsFormat.COLUMNS.size());
        assertEquals("GLOBALEVENTID", GdeltEventsFormat.COLUMNS.get(0));
        assertEquals("EventCode", GdeltEventsFormat.COLUMNS.get(26));
        assertEquals("ActionGeo_FeatureID", GdeltEventsFormat.COLUMNS.get(58));
        assertEquals("SOURCEURL", GdeltEventsFormat.COLUMNS.get(60));
        List<String[]> rows = rows(new GdeltEventsFormat());
        assertTrue(!rows.isEmpty(), "the strike is exported");
        for (String[] row : rows) assertEquals(61, row.length);
        String[] attack = rows.stream().filter(r -> field(r, GdeltEventsFormat.COLUMNS, "EventCode").equals("190")).findFirst().orElseThrow();
        List<String> c = GdeltEventsFormat.COLUMNS;
        assertEquals("20250312", field(attack, c, "SQLDATE"));
        assertEquals("202503", field(attack, c, "MonthYear"));
        assertEquals("iso:RU", field(attack, c, "Actor1Code"));
        assertEquals("RU", field(attack, c, "Actor1CountryCode"));
        assertEquals("UA", field(attack, c, "Actor2CountryCode"));
        assertEquals("19", field(attack, c, "EventRootCode"));
        assertEquals("4", field(attack, c, "QuadClass"));
        assertEquals("https://example.org/a", field(attack, c, "SOURCEURL"));
        assertEquals(List.of("", "", "", "", "", "", "", ""), geography(attack, "ActionGeo_"), "the article does not say where");
        assertEquals(List.of("1", "Russia", "RU", "", "", "61.52", "105.32", "iso:RU"), geography(attack, "Actor1Geo_"),
                "a country as actor is placed at the country");
        assertEquals("UA", geography(attack, "Actor2Geo_").get(2));
        assertEquals("gdelt-events", new GdeltEventsFormat().name());
    }

    private static List<String> geography(String[] row, String prefix) {
        return List.of("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID").stream()
                .map(f -> field(row, GdeltEventsFormat.COLUMNS, prefix + f)).toList();
    }

    @Test
    void the_action_geography_is_the_events_place_with_its_country_and_point() throws IOException {
        RawArticle raw = new RawArticle("fixture-2", "Russian troops shelled Kharkiv on Monday, the governor said.", null, null, "en",
                "2025-03-14", null, List.of(), SourceRef.of("fixture.txt"), false, List.of());
        Article a = new Pipeline(new PipelineSettings(true, LanguageIdentifier.defaultLanguages())).analyze(raw);
        String[] shelling = rows(new GdeltEventsFormat(), a).stream().findFirst().orElseThrow(() -> new AssertionError(a.events().toString()));
        assertEquals(List.of("4", "Kharkiv, Ukraine", "UA", "", "", "49.99", "36.23", "ww:kharkiv"), geography(shelling, "ActionGeo_"),
                "a world city with its country and point");
    }

    @Test
    void gkg_locations_carry_type_country_and_point() throws IOException {
        String[] row = rows(new GkgFormat()).get(0);
        List<String> v1 = List.of(field(row, GkgFormat.COLUMNS, "V1LOCATIONS").split(";"));
        assertTrue(v1.contains("4#Odesa, Ukraine#UA##46.48#30.72#ww:odesa"), v1.toString());
        assertTrue(v1.contains("1#Ukraine#UA##48.38#31.17#iso:UA"), v1.toString());
        String v2 = field(row, GkgFormat.COLUMNS, "V2ENHANCEDLOCATIONS");
        int odesa = ARTICLE.text().indexOf("Odesa");
        assertTrue(v2.contains("4#Odesa, Ukraine#UA###46.48#30.72#ww:odesa#" + odesa), v2);
    }

    @Test
    void gkg_rows_have_the_27_columns_of_gkg_2_1_and_their_delimited_blocks() throws IOException {
        assertEquals(27, GkgFormat.COLUMNS.size());
        List<String[]> rows = rows(new GkgFormat());
        assertEquals(1, rows.size());
        String[] row = rows.get(0);
        List<String> c = GkgFormat.COLUMNS;
        assertEquals(27, row.length);
        assertEquals("20250314093000", field(row, c, "V2.1DATE"));
        assertTrue(field(row, c, "V1COUNTS").startsWith("KILL#3#"), field(row, c, "V1COUNTS"));
        for (String block : field(row, c, "V1COUNTS").split(";")) assertEquals(10, block.split("#", -1).length, block);
        for (String block : field(row, c, "V2.1COUNTS").split(";")) assertEquals(11, block.split("#", -1).length, block);
        for (String block : field(row, c, "V1LOCATIONS").split(";")) assertEquals(7, block.split("#", -1).length, block);
        for (String block : field(row, c, "V2ENHANCEDLOCATIONS").split(";")) assertEquals(9, block.split("#", -1).length, block);
        assertTrue(field(row, c, "V1PERSONS").contains("Stoltenberg"), field(row, c, "V1PERSONS"));
        assertTrue(field(row, c, "V1ORGANIZATIONS").contains("NATO"), field(row, c, "V1ORGANIZATIONS"));
        assertTrue(field(row, c, "V2.1AMOUNTS").contains("12,missile,"), field(row, c, "V2.1AMOUNTS"));
        assertTrue(field(row, c, "V2.1ENHANCEDDATES").startsWith("4#3#12#2025#"), field(row, c, "V2.1ENHANCEDDATES"));
        for (String block : field(row, c, "V2.1QUOTATIONS").split("#")) assertEquals(4, block.split("\\|", -1).length, block);
        assertEquals("gkg", new GkgFormat().name());
    }

    @Test
    void seasons_and_decades_are_left_out_of_gkg_dates_and_never_break_a_row() throws IOException {
        String text = "Last summer the port of Odesa was shelled. In the 1990s it was rebuilt. On March 3 it reopened.";
        RawArticle raw = RawArticle.ofText("fixture-2", text, SourceRef.of("fixture.txt"));
        raw = new RawArticle(raw.id(), raw.text(), raw.title(), null, "en", "2025-03-14T09:30", null,
                raw.authors(), raw.origin(), raw.markup(), raw.issues());
        Article seasonal = new Pipeline(new PipelineSettings(true, LanguageIdentifier.defaultLanguages())).analyze(raw);
        assertTrue(seasonal.dates().stream().anyMatch(d -> d.value() != null && d.value().endsWith("-SU")), seasonal.dates().toString());
        StringWriter out = new StringWriter();
        try (ExportWriter w = new GkgFormat().open(out)) {
            w.write(seasonal);
        }
        String[] row = out.toString().lines().findFirst().orElseThrow().split("\t", -1);
        assertEquals("4#3#3#2025#", field(row, GkgFormat.COLUMNS, "V2.1ENHANCEDDATES").replaceAll("\\d+;$", ""));
        assertEquals("20240700", TsvFields.sqlDate("2024-07"));
        assertEquals("", TsvFields.sqlDate("2024-SU"));
        assertEquals("", TsvFields.sqlDate("199"));
    }

    @Test
    void gkg_tone_holds_gdelts_seven_numbers_and_event_rows_their_articles_tone() throws IOException {
        String[] tone = field(rows(new GkgFormat()).get(0), GkgFormat.COLUMNS, "V1.5TONE").split(",", -1);
        assertEquals(7, tone.length, String.join(",", tone));
        assertTrue(Double.parseDouble(tone[0]) < 0, "a missile strike that killed three reads negative: " + tone[0]);
        assertEquals(ARTICLE.tone().tone(), Double.parseDouble(tone[0]), 1e-4);
        assertEquals(ARTICLE.tone().positive() + ARTICLE.tone().negative(), Double.parseDouble(tone[3]), 1e-3);
        assertEquals("", tone[4]);
        assertEquals(String.valueOf(ARTICLE.tone().words()), tone[6]);
        String[] event = rows(new GdeltEventsFormat()).get(0);
        assertEquals(tone[0], field(event, GdeltEventsFormat.COLUMNS, "AvgTone"));
    }

    private static Article russianReport() {
        String text = "Россия нанесла ракетный удар по Одессе 12 марта, выпустив 12 ракет. В Одессе погибли по меньшей мере три человека.";
        RawArticle raw = RawArticle.ofText("fixture-ru", text, SourceRef.of("fixture-ru.txt"));
        raw = new RawArticle(raw.id(), raw.text(), raw.title(), "https://example.org/ru", "ru", "2025-03-14T11:00", "example.ru",
                raw.authors(), raw.origin(), raw.markup(), raw.issues());
        return new Pipeline(new PipelineSettings(true, LanguageIdentifier.defaultLanguages())).analyze(raw);
    }

    private static List<String[]> rows(ExportFormat format, Article... articles) throws IOException {
        StringWriter out = new StringWriter();
        try (ExportWriter w = format.open(out)) {
            for (Article a : articles) w.write(a);
        }
        return out.toString().lines().map(l -> l.split("\t", -1)).toList();
    }

    @Test
    void one_strike_reported_in_english_and_russian_is_one_event_row_with_two_mention_rows() throws IOException {
        Article ru = russianReport();
        List<String[]> events = rows(new GdeltEventsFormat(), ARTICLE, ru).stream()
                .filter(r -> field(r, GdeltEventsFormat.COLUMNS, "EventCode").equals("190")).toList();
        assertEquals(1, events.size(), () -> events.stream().map(r -> String.join("|", r)).toList().toString());
        String[] event = events.get(0);
        assertEquals("fixture-1:1", field(event, GdeltEventsFormat.COLUMNS, "GLOBALEVENTID"));
        assertEquals("2", field(event, GdeltEventsFormat.COLUMNS, "NumArticles"));
        assertEquals("2", field(event, GdeltEventsFormat.COLUMNS, "NumSources"));
        assertEquals("20250312", field(event, GdeltEventsFormat.COLUMNS, "SQLDATE"));

        assertEquals(16, GdeltMentionsFormat.COLUMNS.size());
        List<String[]> mentions = rows(new GdeltMentionsFormat(), ARTICLE, ru).stream()
                .filter(r -> field(r, GdeltMentionsFormat.COLUMNS, "GLOBALEVENTID").equals("fixture-1:1")).toList();
        assertEquals(2, mentions.size());
        for (String[] m : mentions) {
            assertEquals(16, m.length);
            assertEquals("20250314000000", field(m, GdeltMentionsFormat.COLUMNS, "EventTimeDate"));
        }
        String[] russian = mentions.get(1);
        assertEquals("https://example.org/ru", field(russian, GdeltMentionsFormat.COLUMNS, "MentionIdentifier"));
        assertEquals("example.ru", field(russian, GdeltMentionsFormat.COLUMNS, "MentionSourceName"));
        assertEquals("20250314110000", field(russian, GdeltMentionsFormat.COLUMNS, "MentionTimeDate"));
        assertEquals("srclc:ru", field(russian, GdeltMentionsFormat.COLUMNS, "MentionDocTranslationInfo"));
        int action = Integer.parseInt(field(russian, GdeltMentionsFormat.COLUMNS, "ActionCharOffset"));
        assertEquals("удар", ru.text().substring(action, action + 4));
        int actor = Integer.parseInt(field(russian, GdeltMentionsFormat.COLUMNS, "Actor1CharOffset"));
        assertTrue(ru.text().startsWith("Росси", actor), ru.text().substring(actor));
    }
}
