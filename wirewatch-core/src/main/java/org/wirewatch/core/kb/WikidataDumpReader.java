package org.wirewatch.core.kb;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingJsonFactory;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Streams a Wikidata JSON dump ({@code latest-all.json}: a JSON array with one entity per line,
 * each line but the last ending in ",") and hands each wanted item on as a {@link KbEntity}.
 * One line is in memory at a time, and only the parts kept are parsed: labels and aliases in
 * the wanted languages, P31 values, a place's coordinates (P625), country (P17) and ISO code
 * (P297), the number of sitelinks; other claims are skipped unread.
 * Not thread-safe (one reader per import).
 */
final class WikidataDumpReader {
    /** Malformed line numbers kept for the summary; the rest are only counted. */
    static final int MAX_REPORTED = 100;
    static final long PROGRESS_EVERY = 100_000;

    private final ImportSettings settings;
    private final Set<String> languages;
    private final WikidataClasses classes;
    /** Mapping, so a statement's small value object can be read as a tree. */
    private final JsonFactory json = new MappingJsonFactory();

    WikidataDumpReader(ImportSettings settings, WikidataClasses classes) {
        this.settings = settings;
        this.languages = Set.copyOf(settings.languages());
        this.classes = classes;
    }

    /** The parts of one dump entity the knowledge base keeps. */
    record Parsed(String id, String kind, Map<String, List<String>> labels, List<String> instanceOf, int sitelinks,
            Claims claims) {}

    /** The statements read besides P31: the first coordinate (P625), country (P17) and ISO 3166 code (P297). */
    static final class Claims {
        Double lat;
        Double lon;
        String country;
        String iso2;
    }

    ImportSummary read(BufferedReader in, String file, Consumer<KbEntity> sink, ImportListener listener) throws IOException {
        long lines = 0, items = 0, kept = 0, withoutLabels = 0, untyped = 0, filtered = 0, malformedCount = 0;
        List<Long> malformed = new ArrayList<>();
        String line;
        while ((line = in.readLine()) != null) {
            lines++;
            if (lines % PROGRESS_EVERY == 0) listener.progress(lines, kept);
            String body = entityText(line);
            if (body == null) continue;
            Parsed p;
            try {
                p = parse(body);
            } catch (IOException | RuntimeException e) {
                malformedCount++;
                if (malformed.size() < MAX_REPORTED) malformed.add(lines);
                listener.malformed(file, lines, describe(e));
                continue;
            }
            items++;
            if (!"item".equals(p.kind) || p.sitelinks < settings.minSitelinks()) {
                filtered++;
                continue;
            }
            if (p.labels.isEmpty()) {
                withoutLabels++;
                continue;
            }
            EntityType type = classes.typeOf(p.instanceOf).orElse(settings.keepUntyped() ? EntityType.MISC : null);
            if (type == null) {
                untyped++;
                continue;
            }
            sink.accept(toEntity(p, type));
            kept++;
        }
        return new ImportSummary(lines, items, kept, withoutLabels, untyped, filtered, malformed, malformedCount);
    }

    /** The entity's JSON on this line, or null for the array's brackets and blank lines. */
    private static String entityText(String line) {
        String s = line.strip();
        if (s.endsWith(",")) s = s.substring(0, s.length() - 1).stripTrailing();
        if (s.isEmpty() || s.equals("[") || s.equals("]")) return null;
        return s;
    }

    private static String describe(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl > 0 ? m.substring(0, nl) : m;
    }

    /** Labels in the configured language order, so the display name is English when there is one, else the next language's. */
    private KbEntity toEntity(Parsed p, EntityType type) {
        Map<String, List<String>> labels = new LinkedHashMap<>();
        for (String lang : settings.languages()) {
            List<String> names = p.labels.get(lang);
            if (names != null) labels.put(lang, names);
        }
        String name = labels.get("en") != null ? labels.get("en").get(0) : labels.values().iterator().next().get(0);
        Map<String, String> attributes = new LinkedHashMap<>();
        if (p.sitelinks > 0) attributes.put("sitelinks", Integer.toString(p.sitelinks));
        if (type == EntityType.LOC) placeAttributes(p, attributes);
        return new KbEntity(p.id, type, name, labels, p.instanceOf, attributes);
    }

    /** A place keeps its point, its country's Q-id (resolved to ISO when the store is read) and its kind. */
    private void placeAttributes(Parsed p, Map<String, String> attributes) {
        Claims c = p.claims;
        if (c.lat != null && c.lon != null) {
            attributes.put("lat", Double.toString(c.lat));
            attributes.put("lon", Double.toString(c.lon));
        }
        if (c.country != null) attributes.put("country", c.country);
        if (c.iso2 != null) attributes.put("iso2", c.iso2);
        String kind = c.iso2 != null ? Place.COUNTRY : classes.kindOf(p.instanceOf).orElse(Place.REGION);
        attributes.put("kind", kind);
    }

    Parsed parse(String text) throws IOException {
        try (JsonParser parser = json.createParser(text)) {
            expect(parser.nextToken(), JsonToken.START_OBJECT, "an entity object");
            String id = null;
            String kind = null;
            Map<String, List<String>> labels = new LinkedHashMap<>();
            Map<String, List<String>> aliases = new LinkedHashMap<>();
            List<String> instanceOf = new ArrayList<>();
            Claims claims = new Claims();
            int sitelinks = 0;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (field) {
                    case "id" -> id = parser.getValueAsString();
                    case "type" -> kind = parser.getValueAsString();
                    case "labels" -> readTerms(parser, labels);
                    case "aliases" -> readTerms(parser, aliases);
                    case "claims" -> readClaims(parser, instanceOf, claims);
                    case "sitelinks" -> sitelinks = countFields(parser);
                    default -> parser.skipChildren();
                }
                if (value == null) throw new IOException("truncated entity");
            }
            if (parser.currentToken() != JsonToken.END_OBJECT) throw new IOException("truncated entity");
            if (parser.nextToken() != null) throw new IOException("text after the entity object");
            if (id == null || !id.matches("[QPL]\\d+")) throw new IOException("entity without a valid \"id\"");
            aliases.forEach((lang, names) -> labels.computeIfAbsent(lang, k -> new ArrayList<>()).addAll(names));
            return new Parsed(id, kind, labels, List.copyOf(instanceOf), sitelinks, claims);
        }
    }

    /** {"en": {"language": "en", "value": "…"}} for labels, {"en": [{…}, {…}]} for aliases. */
    private void readTerms(JsonParser parser, Map<String, List<String>> out) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            parser.skipChildren();   // an empty dump section is written as [] rather than {}
            return;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String lang = parser.currentName();
            JsonToken t = parser.nextToken();
            if (!languages.contains(lang)) {
                parser.skipChildren();
                continue;
            }
            if (t == JsonToken.START_ARRAY) {
                while (parser.nextToken() == JsonToken.START_OBJECT) addTerm(parser, lang, out);
            } else if (t == JsonToken.START_OBJECT) {
                addTerm(parser, lang, out);
            } else {
                throw new IOException("term for " + lang + " is not an object");
            }
        }
    }

    private static void addTerm(JsonParser parser, String lang, Map<String, List<String>> out) throws IOException {
        String value = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String f = parser.currentName();
            parser.nextToken();
            if (f.equals("value")) value = parser.getValueAsString();
            else parser.skipChildren();
        }
        if (value != null && !value.isBlank()) {
            List<String> list = out.computeIfAbsent(lang, k -> new ArrayList<>());
            if (!list.contains(value)) list.add(value);
        }
    }

    /** Only P31, P625, P17 and P297 are read; every other property is skipped as a whole. */
    private static void readClaims(JsonParser parser, List<String> instanceOf, Claims claims) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String property = parser.currentName();
            parser.nextToken();
            switch (property) {
                case "P31" -> readItems(parser, property, target -> {
                    if (!instanceOf.contains(target)) instanceOf.add(target);
                });
                case "P17" -> readItems(parser, property, target -> {
                    if (claims.country == null) claims.country = target;
                });
                case "P297" -> readStatements(parser, property, v -> {
                    if (claims.iso2 == null && v.isTextual() && v.asText().matches("[A-Z]{2}")) claims.iso2 = v.asText();
                });
                case "P625" -> readStatements(parser, property, v -> coordinate(v, claims));
                default -> parser.skipChildren();
            }
        }
    }

    /** The first point on Earth (a coordinate on the Moon or Mars has another globe); out-of-range values are dropped. */
    private static void coordinate(JsonNode v, Claims claims) {
        if (claims.lat != null || !v.path("latitude").isNumber() || !v.path("longitude").isNumber()) return;
        String globe = v.path("globe").asText(EARTH);
        if (!globe.equals(EARTH)) return;
        double lat = v.get("latitude").asDouble();
        double lon = v.get("longitude").asDouble();
        if (Math.abs(lat) > 90 || Math.abs(lon) > 180) return;
        claims.lat = lat;
        claims.lon = lon;
    }

    private static final String EARTH = "http://www.wikidata.org/entity/Q2";

    /** Each statement's item id, streamed: P31 is on nearly every line, so no tree is built for it. */
    private static void readItems(JsonParser parser, String property, Consumer<String> target) throws IOException {
        expect(parser.currentToken(), JsonToken.START_ARRAY, property + " statements");
        while (parser.nextToken() == JsonToken.START_OBJECT) {
            String id = statementTarget(parser);
            if (id != null) target.accept(id);
        }
    }

    /** The item id in {"mainsnak": {"datavalue": {"value": {"id": "Q5"}}}}, skipping qualifiers and references. */
    private static String statementTarget(JsonParser parser) throws IOException {
        String target = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String f = parser.currentName();
            parser.nextToken();
            if (f.equals("mainsnak") && parser.currentToken() == JsonToken.START_OBJECT) {
                target = findId(parser, 0);
            } else {
                parser.skipChildren();
            }
        }
        return target;
    }

    /** Walks the snak object (depth ≤ 3) for datavalue.value.id. */
    private static String findId(JsonParser parser, int depth) throws IOException {
        String found = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String f = parser.currentName();
            JsonToken t = parser.nextToken();
            if (t == JsonToken.START_OBJECT && depth < 2 && (f.equals("datavalue") || f.equals("value"))) {
                String inner = findId(parser, depth + 1);
                if (inner != null) found = inner;
            } else if (depth == 2 && f.equals("id") && t == JsonToken.VALUE_STRING) {
                found = parser.getValueAsString();
            } else {
                parser.skipChildren();
            }
        }
        return found;
    }

    /** Each statement's mainsnak.datavalue.value, as a small tree; qualifiers and references are skipped. */
    private static void readStatements(JsonParser parser, String property, Consumer<JsonNode> value) throws IOException {
        expect(parser.currentToken(), JsonToken.START_ARRAY, property + " statements");
        while (parser.nextToken() == JsonToken.START_OBJECT) {
            JsonNode v = statementValue(parser);
            if (v != null) value.accept(v);
        }
    }

    /** {"mainsnak": {"datavalue": {"value": …}}}: the value, or null for "novalue"/"somevalue" snaks. */
    private static JsonNode statementValue(JsonParser parser) throws IOException {
        JsonNode value = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String f = parser.currentName();
            parser.nextToken();
            if (f.equals("mainsnak") && parser.currentToken() == JsonToken.START_OBJECT) {
                JsonNode snak = parser.readValueAsTree();
                JsonNode v = snak.path("datavalue").path("value");
                if (!v.isMissingNode()) value = v;
            } else {
                parser.skipChildren();
            }
        }
        return value;
    }

    private static int countFields(JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return 0;
        }
        int n = 0;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            parser.nextToken();
            parser.skipChildren();
            n++;
        }
        return n;
    }

    private static void expect(JsonToken actual, JsonToken wanted, String what) throws IOException {
        if (actual != wanted) throw new IOException("expected " + what + ", found " + actual);
    }
}
