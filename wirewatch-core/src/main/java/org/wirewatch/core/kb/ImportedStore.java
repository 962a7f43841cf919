package org.wirewatch.core.kb;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Where {@code kb import} keeps what it kept: {@code <data>/kb/wikidata.jsonl.gz}, one entity a
 * line, {@code {"id":"Q1","type":"LOC","name":"…","labels":{"en":["…"]},"p31":["Q…"],"sitelinks":3}};
 * a place adds {@code "lat","lon"} (numbers), {@code "country"} (the P17 Q-id), {@code "iso2"} and
 * {@code "kind"} when known. A place's country is resolved to {@code iso:XX} on reading, through
 * the stored country items' ISO codes (P297).
 * Written to a temporary file beside the target and moved over it when complete, so a reader
 * sees the old store or the new one, never half of one.
 */
final class ImportedStore {
    static final String DIRECTORY = "kb";
    static final String FILE = "wikidata.jsonl.gz";
    private static final List<String> NUMBERS = List.of("lat", "lon");
    private static final List<String> STRINGS = List.of("country", "iso2", "kind");

    private ImportedStore() {}

    static Path file(Path dataDir) {
        return dataDir.resolve(DIRECTORY).resolve(FILE);
    }

    /** An open store being written; {@link #commit()} publishes it, {@link #close()} without commit discards it. */
    static final class Writing implements Closeable {
        private final Path target;
        private final Path temp;
        private final JsonGenerator out;
        private boolean committed;

        private Writing(Path target) throws IOException {
            this.target = target;
            Files.createDirectories(target.getParent());
            this.temp = Files.createTempFile(target.getParent(), FILE + ".", ".tmp");
            Writer w = new BufferedWriter(new OutputStreamWriter(
                    new GZIPOutputStream(Files.newOutputStream(temp), 1 << 16), StandardCharsets.UTF_8), 1 << 16);
            this.out = new JsonFactory().createGenerator(w);
            out.setRootValueSeparator(null);
        }

        void write(KbEntity e) {
            try {
                out.writeStartObject();
                out.writeStringField("id", e.id());
                out.writeStringField("type", e.type().name());
                out.writeStringField("name", e.name());
                out.writeObjectFieldStart("labels");
                for (Map.Entry<String, List<String>> l : e.labels().entrySet()) {
                    out.writeArrayFieldStart(l.getKey());
                    for (String s : l.getValue()) out.writeString(s);
                    out.writeEndArray();
                }
                out.writeEndObject();
                out.writeArrayFieldStart("p31");
                for (String c : e.instanceOf()) out.writeString(c);
                out.writeEndArray();
                String sitelinks = e.attributes().get("sitelinks");
                if (sitelinks != null) out.writeNumberField("sitelinks", Integer.parseInt(sitelinks));
                for (String key : NUMBERS) {
                    String v = e.attributes().get(key);
                    if (v != null) out.writeNumberField(key, Double.parseDouble(v));
                }
                for (String key : STRINGS) {
                    String v = e.attributes().get(key);
                    if (v != null) out.writeStringField(key, v);
                }
                out.writeEndObject();
                out.writeRaw('\n');
            } catch (IOException x) {
                throw new UncheckedIOException("cannot write " + temp, x);
            }
        }

        void commit() throws IOException {
            out.close();
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            committed = true;
        }

        @Override
        public void close() throws IOException {
            if (committed) return;
            try {
                out.close();
            } finally {
                Files.deleteIfExists(temp);
            }
        }
    }

    static Writing write(Path dataDir) throws IOException {
        return new Writing(file(dataDir));
    }

    /**
     * The stored entities. A line that cannot be read is reported to {@code problems} with the
     * file and line number and skipped; a later duplicate of an id is skipped too.
     */
    static List<KbEntity> read(Path file, Consumer<String> problems) {
        ObjectMapper mapper = new ObjectMapper();
        List<KbEntity> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file), 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            long n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                if (line.isBlank()) continue;
                try {
                    KbEntity e = entity(mapper.readTree(line));
                    if (ids.add(e.id())) out.add(e);
                    else problems.accept(file + ":" + n + ": duplicate id " + e.id() + " skipped");
                } catch (IOException | RuntimeException e) {
                    problems.accept(file + ":" + n + ": unreadable entity skipped: " + firstLine(e.getMessage()));
                }
            }
        } catch (IOException e) {
            // A truncated gzip ends the read: keep what came before it, say where it stopped.
            problems.accept(file + ": cannot read to the end (" + e.getMessage() + "); kept " + out.size() + " entities");
        }
        return withIsoCountries(out);
    }

    /** {@code country=Q212} becomes {@code country=iso:UA} when the store holds Q212 with its ISO code; else it stays. */
    private static List<KbEntity> withIsoCountries(List<KbEntity> entities) {
        Map<String, String> iso = new HashMap<>();
        for (KbEntity e : entities) {
            String code = e.attributes().get("iso2");
            if (code != null) iso.put(e.id(), code);
        }
        List<KbEntity> out = new ArrayList<>(entities.size());
        for (KbEntity e : entities) {
            String code = iso.get(e.attributes().getOrDefault("country", ""));
            if (code == null) {
                out.add(e);
                continue;
            }
            Map<String, String> attributes = new LinkedHashMap<>(e.attributes());
            attributes.put("country", "iso:" + code);
            out.add(new KbEntity(e.id(), e.type(), e.name(), e.labels(), e.instanceOf(), attributes));
        }
        return out;
    }

    private static KbEntity entity(JsonNode n) {
        String id = text(n, "id");
        EntityType type = EntityType.valueOf(text(n, "type"));
        Map<String, List<String>> labels = new LinkedHashMap<>();
        JsonNode ls = n.path("labels");
        for (Map.Entry<String, JsonNode> l : ls.properties()) {
            List<String> names = new ArrayList<>();
            l.getValue().forEach(v -> names.add(v.asText()));
            if (!names.isEmpty()) labels.put(l.getKey(), names);
        }
        if (labels.isEmpty()) throw new IllegalArgumentException("entity " + id + " has no labels");
        List<String> p31 = new ArrayList<>();
        n.path("p31").forEach(v -> p31.add(v.asText()));
        Map<String, String> attributes = new LinkedHashMap<>();
        if (n.has("sitelinks")) attributes.put("sitelinks", n.get("sitelinks").asText());
        if (n.path("lat").isNumber() && n.path("lon").isNumber()) {
            attributes.put("lat", n.get("lat").asText());
            attributes.put("lon", n.get("lon").asText());
        }
        for (String key : STRINGS) if (n.hasNonNull(key)) attributes.put(key, n.get(key).asText());
        String name = n.hasNonNull("name") ? n.get("name").asText() : labels.values().iterator().next().get(0);
        return new KbEntity(id, type, name, labels, p31, attributes);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual()) throw new IllegalArgumentException("missing \"" + field + "\"");
        return v.asText();
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return nl > 0 ? s.substring(0, nl) : s;
    }
}
