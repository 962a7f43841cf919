package org.wirewatch.core.extract.ner.sequence;

import java.util.ArrayList;
import java.util.List;
import org.wirewatch.core.kb.EntityType;

/**
 * A small English training set written for these tests (no text from any corpus): the same
 * made-up names in contexts that decide their type, so a model trained on it has to read the
 * context ("… scored twice" is a person, "flights to …" a place).
 */
final class WrittenFixture {
    static final List<String> PEOPLE = List.of("Smith", "Garcia", "Novak", "Okafor", "Tanaka", "Rossi", "Petrov", "Lindqvist",
            "Moreau", "Kowalski", "Haddad", "Ferreira", "Maria Lindgren", "Ivan Sokolov", "Kenji Mori", "Sofia Conti", "Lena Brandt",
            "Omar Said");
    static final List<String> PLACES = List.of("Peru", "Kenya", "Norway", "Nepal", "Oman", "Ghana", "Latvia", "Bhutan", "Malta",
            "Chile", "Fiji", "Laos");
    static final List<String> BODIES = List.of("Acme", "Globex", "Initech", "Umbrella", "Hooli", "Vandelay");

    private static final List<String> PERSON_FRAMES = List.of("%s scored twice in the second half .", "Coach praised %s after the match .",
            "%s said on Monday that the team would win .", "The striker %s missed a penalty .");
    private static final List<String> PLACE_FRAMES = List.of("There are daily flights to %s from the capital .",
            "Heavy rain fell in %s overnight .", "The minister travelled to %s on Tuesday .", "Exports from %s rose sharply .");
    private static final List<String> BODY_FRAMES = List.of("Shares in %s Corp rose five percent .", "%s Corp said profits fell .");

    private WrittenFixture() {}

    /** One document per name, each sentence holding the name once. */
    static List<GoldDocument> documents() {
        List<GoldDocument> docs = new ArrayList<>();
        for (String name : PEOPLE) docs.add(document(name, PERSON_FRAMES, EntityType.PER));
        for (String name : PLACES) docs.add(document(name, PLACE_FRAMES, EntityType.LOC));
        for (String name : BODIES) docs.add(document(name, BODY_FRAMES, EntityType.ORG));
        return docs;
    }

    private static GoldDocument document(String name, List<String> frames, EntityType type) {
        StringBuilder text = new StringBuilder();
        List<GoldDocument.GoldSpan> spans = new ArrayList<>();
        for (String frame : frames) {
            if (text.length() > 0) text.append('\n');
            String sentence = String.format(frame, name);
            int at = text.length() + String.format(frame, "\u0000").indexOf('\u0000');
            int end = at + name.length() + (type == EntityType.ORG ? " Corp".length() : 0);
            spans.add(new GoldDocument.GoldSpan(at, end, type));
            text.append(sentence);
        }
        return new GoldDocument("written-" + name, "en", text.toString(), spans);
    }
}
