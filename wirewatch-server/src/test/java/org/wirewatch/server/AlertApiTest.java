package org.wirewatch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.wirewatch.index.alerts.Alerts;
import org.wirewatch.index.alerts.SavedAlert;

/** /api/alerts over a real server: articles POSTed are matched, the matches read back as JSON (paged, newest first) and as Atom. */
class AlertApiTest {
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private static String article(String id, String title, String text) {
        return "{\"id\": \"" + id + "\", \"lang\": \"en\", \"published\": \"2024-11-20\", \"source\": \"Harbour <Wire> & Co\", "
                + "\"url\": \"https://example.org/" + id + "\", \"title\": \"" + title + "\", \"text\": \"" + text + "\"}\n";
    }

    private static HttpResponse<String> post(ServerFixture f, String body) {
        return f.send(HttpRequest.newBuilder(URI.create(f.url("/api/articles"))).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json").build());
    }

    /** The server over an empty store of the kind under test (the embedded index here, a Solr collection in {@link SolrAlertApiTest}). */
    ServerFixture open(Path data, Alerts alerts) throws IOException {
        return new ServerFixture(data, ServerSettings.loopback(0), false, alerts);
    }

    @Test
    void posted_articles_that_match_are_listed_newest_first_and_paged(@TempDir Path data) throws Exception {
        try (Alerts alerts = Alerts.open(data, System.err::println);
             ServerFixture f = open(data, alerts)) {
            alerts.book().add(new SavedAlert("ferries", "ferry", null, null, null, null, Instant.now().toString()));
            assertEquals(201, post(f, article("f1", "Ferry resumes", "The ferry from Varna to Odesa resumed on Wednesday.")).statusCode());
            assertEquals(201, post(f, article("w1", "Weather", "Rain fell on Lviv all week.")).statusCode());
            assertEquals(201, post(f, article("f2", "Ferries again", "A second ferry left Varna for Odesa on Thursday.")
                    + article("f3", "Ferry three", "A third ferry sailed from Constanta.")).statusCode());
            assertEquals(200, post(f, article("f1", "Ferry resumes", "The ferry from Varna to Odesa resumed on Wednesday.")).statusCode());

            JsonNode list = f.getJson("/api/alerts");
            assertEquals(1, list.get("total").asInt());
            JsonNode described = list.get("items").get(0);
            assertEquals("ferries", described.get("name").asText());
            assertEquals(3, described.get("matches").asInt());
            assertEquals("/api/alerts/ferries.atom", described.get("feed").asText());

            JsonNode all = f.getJson("/api/alerts/ferries");
            assertEquals(3, all.get("total").asInt());
            assertEquals(List.of("f3", "f2", "f1"), ids(all), "newest first, each once");
            assertEquals("Ferry three", all.get("items").get(0).get("title").asText());
            JsonNode second = f.getJson("/api/alerts/ferries?offset=1&limit=1");
            assertEquals(3, second.get("total").asInt());
            assertEquals(List.of("f2"), ids(second));

            assertEquals(404, f.get("/api/alerts/nothing").statusCode());
            assertEquals(404, f.get("/api/alerts/nothing.atom").statusCode());
            assertEquals("not_found", ServerFixture.parse(f.get("/api/alerts/nothing").body()).get("error").get("code").asText());
            assertEquals(400, f.get("/api/alerts/ferries?limit=5000").statusCode());
        }
    }

    @Test
    void the_atom_feed_is_valid_atom_with_markup_in_articles_escaped(@TempDir Path data) throws Exception {
        try (Alerts alerts = Alerts.open(data, System.err::println);
             ServerFixture f = open(data, alerts)) {
            alerts.book().add(new SavedAlert("odesa", "Odesa", null, null, "en", null, Instant.now().toString()));
            post(f, article("x1", "Odesa & 3 < 5 > 2", "Ships <b>left</b> Odesa \\u0007at dawn & dusk."));
            post(f, article("x2", "Odesa ferry", "A ferry reached Odesa."));
            HttpResponse<String> feed = f.get("/api/alerts/odesa.atom");
            assertEquals(200, feed.statusCode(), feed.body());
            assertTrue(feed.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"));
            assertFalse(feed.body().contains("<b>"), "markup in the text is escaped: " + feed.body());
            assertTrue(feed.body().contains("Odesa &amp; 3 &lt; 5"), feed.body());

            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(feed.body().getBytes(StandardCharsets.UTF_8)));
            Element root = doc.getDocumentElement();
            assertEquals("feed", root.getLocalName());
            assertEquals(ATOM, root.getNamespaceURI());
            assertEquals("urn:wirewatch:alert:odesa", child(root, "id").getTextContent());
            assertTrue(Instant.parse(child(root, "updated").getTextContent()).isAfter(Instant.parse("2026-01-01T00:00:00Z")));
            assertTrue(child(root, "title").getTextContent().contains("odesa"));
            assertEquals(f.url("/api/alerts/odesa.atom"), selfLink(root));
            assertEquals("Wirewatch", child(child(root, "author"), "name").getTextContent());

            NodeList entries = root.getElementsByTagNameNS(ATOM, "entry");
            assertEquals(2, entries.getLength());
            Element newest = (Element) entries.item(0);
            Element oldest = (Element) entries.item(1);
            assertEquals("Odesa ferry", child(newest, "title").getTextContent());
            assertEquals("Odesa & 3 < 5 > 2", child(oldest, "title").getTextContent(), "the title read back is the text given");
            assertEquals("Ships <b>left</b> Odesa at dawn & dusk.", child(oldest, "summary").getTextContent(), "a control character is dropped");
            assertEquals("urn:wirewatch:alert:odesa:article:x1", child(oldest, "id").getTextContent());
            assertEquals("Harbour <Wire> & Co", child(child(oldest, "author"), "name").getTextContent());
            Instant.parse(child(oldest, "updated").getTextContent());
            List<String> hrefs = new ArrayList<>();
            NodeList links = oldest.getElementsByTagNameNS(ATOM, "link");
            for (int i = 0; i < links.getLength(); i++) hrefs.add(((Element) links.item(i)).getAttribute("href"));
            assertEquals(List.of(f.url("/article.html?id=x1"), "https://example.org/x1"), hrefs);
        }
    }

    @Test
    void a_server_without_alerts_lists_none() throws Exception {
        try (ServerFixture f = open(java.nio.file.Files.createTempDirectory("alerts-none"), null)) {
            assertEquals(0, f.getJson("/api/alerts").get("total").asInt());
            assertEquals(404, f.get("/api/alerts/any.atom").statusCode());
        }
    }

    private static List<String> ids(JsonNode list) {
        List<String> ids = new ArrayList<>();
        for (JsonNode item : list.get("items")) ids.add(item.get("article_id").asText());
        return ids;
    }

    private static Element child(Element parent, String name) {
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && name.equals(e.getLocalName()) && ATOM.equals(e.getNamespaceURI())) return e;
        }
        throw new AssertionError("no <" + name + "> in <" + parent.getLocalName() + ">");
    }

    private static String selfLink(Element feed) {
        NodeList nodes = feed.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && "link".equals(e.getLocalName()) && "self".equals(e.getAttribute("rel"))) return e.getAttribute("href");
        }
        throw new AssertionError("no self link");
    }
}
