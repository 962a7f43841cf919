package org.wirewatch.core.extract.ner.sequence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.wirewatch.core.kb.EntityType;

/**
 * One document of a gold NER file (the JSONL of {@code evaldata}: id, lang, text, entities with
 * start, end and type). Only PER, ORG and LOC spans are kept ("PERS" is PER).
 */
public record GoldDocument(String id, String lang, String text, List<GoldSpan> spans) {
    public GoldDocument {
        spans = List.copyOf(spans);
    }

    /** A gold span: character offsets into the text (end exclusive) and a type. */
    public record GoldSpan(int start, int end, EntityType type) {}

    public static List<GoldDocument> read(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<GoldDocument> docs = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) continue;
                JsonNode node = json.readTree(line);
                if (!node.hasNonNull("text")) throw new IOException(file + ":" + number + ": no \"text\"");
                docs.add(of(node, file.getFileName() + ":" + number));
            }
        }
        return docs;
    }

    private static GoldDocument of(JsonNode node, String where) {
        String text = node.get("text").asText();
        List<GoldSpan> spans = new ArrayList<>();
        for (JsonNode e : node.path("entities")) {
            EntityType type = type(e.path("type").asText());
            int start = e.path("start").asInt(-1);
            int end = e.path("end").asInt(-1);
            if (type != null && start >= 0 && end > start && end <= text.length()) spans.add(new GoldSpan(start, end, type));
        }
        return new GoldDocument(node.path("id").asText(where), node.path("lang").asText(""), text, spans);
    }

    private static EntityType type(String label) {
        return switch (label) {
            case "PER", "PERS", "PERSON" -> EntityType.PER;
            case "ORG", "ORGANIZATION" -> EntityType.ORG;
            case "LOC", "LOCATION", "GPE" -> EntityType.LOC;
            default -> null;
        };
    }
}
