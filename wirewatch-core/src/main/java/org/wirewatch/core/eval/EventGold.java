package org.wirewatch.core.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wirewatch.core.model.Check;
import org.wirewatch.core.model.RawArticle;
import org.wirewatch.core.model.SourceRef;

/**
 * One line of the events gold ({@code events-en.jsonl}, evaldata README "Events"): the article,
 * the part of it that is annotated, its gold events, the other event mentions MEANTIME saw there
 * ({@code events_without_participants}) and every mention of every gold entity.
 */
record EventGold(RawArticle article, TextSpan annotated, List<GoldEvent> events, List<GoldEvent> others,
                 List<EntityMention> mentions) {
    /** "2008-03-01", "2008-03", "2008", or the day of a TIME value ("2008-03-01T10:00", "2006-01-26TNI"). */
    private static final Pattern CALENDAR = Pattern.compile("(\\d{4}(?:-\\d{2}(?:-\\d{2})?)?)(T.*)?");

    EventGold {
        Check.notNullParam(article, "article");
        events = List.copyOf(events);
        others = List.copyOf(others);
        mentions = List.copyOf(mentions);
    }

    /** A mention of a gold entity; {@code syntacticType} is MEANTIME's (NAM, NOM, PRE.NAM, …) or null. */
    record EntityMention(String entity, TextSpan span, String syntacticType) {
        boolean isPreModifier() {
            return syntacticType != null && syntacticType.startsWith("PRE.");
        }
    }

    static EventGold parse(JsonNode line, SourceRef where) {
        RawArticle article = GoldArticles.from(line, where, GoldArticles.lineId(where));
        int length = article.text().length();
        TextSpan annotated = span(JsonFields.object(line, "annotated"), "annotated", length);
        List<GoldEvent> events = new ArrayList<>();
        for (JsonNode item : list(line, "events")) events.add(event(item, true, length));
        List<GoldEvent> others = new ArrayList<>();
        JsonNode without = JsonFields.array(line, "events_without_participants");
        if (without != null) for (JsonNode item : without) others.add(event(item, false, length));
        return new EventGold(article, annotated, events, others, mentions(line, length));
    }

    private static GoldEvent event(JsonNode item, boolean withParticipants, int length) {
        if (!item.isObject()) throw new GoldFormatException("an event must be an object, was " + item);
        JsonNode trigger = JsonFields.object(item, "trigger");
        String type = JsonFields.text(item, "type");
        boolean scored = withParticipants && JsonFields.has(item, "scored") && JsonFields.requiredBoolean(item, "scored");
        return new GoldEvent(JsonFields.text(item, "m_id"), span(trigger, "trigger", length), JsonFields.text(trigger, "text"),
                span(JsonFields.object(item, "sentence"), "sentence", length), type, scored && type != null, withParticipants,
                arguments(item, "arg0", length), arguments(item, "arg1", length), arguments(item, "arg2", length),
                arguments(item, "location", length), withParticipants ? time(item) : null);
    }

    private static List<GoldEvent.Argument> arguments(JsonNode event, String role, int length) {
        JsonNode array = JsonFields.array(event, role);
        if (array == null) return List.of();
        List<GoldEvent.Argument> out = new ArrayList<>();
        for (JsonNode arg : array) {
            if (!arg.isObject()) throw new GoldFormatException(role + " must hold objects, found " + arg);
            out.add(new GoldEvent.Argument(span(arg, role, length), JsonFields.text(arg, "entity")));
        }
        return out;
    }

    private static String time(JsonNode event) {
        JsonNode time = event.get("time");
        if (time == null || time.isNull()) return null;
        if (!time.isObject()) throw new GoldFormatException("\"time\" must be an object or null, was " + time);
        String value = JsonFields.text(time, "value");
        if (value == null) return null;
        Matcher m = CALENDAR.matcher(value.trim());
        return m.matches() ? m.group(1) : null;
    }

    private static List<EntityMention> mentions(JsonNode line, int length) {
        JsonNode entities = JsonFields.array(line, "entities");
        if (entities == null) return List.of();
        List<EntityMention> out = new ArrayList<>();
        for (JsonNode entity : entities) {
            String id = JsonFields.requiredText(entity, "id");
            for (JsonNode m : list(entity, "mentions")) {
                out.add(new EntityMention(id, span(m, "entity mention", length), JsonFields.text(m, "syntactic_type")));
            }
        }
        return out;
    }

    private static JsonNode list(JsonNode node, String key) {
        JsonNode array = JsonFields.array(node, key);
        if (array == null) throw new GoldFormatException("missing \"" + key + "\"; use [] for none");
        return array;
    }

    private static TextSpan span(JsonNode node, String what, int length) {
        int start = JsonFields.requiredInt(node, "start");
        int end = JsonFields.requiredInt(node, "end");
        if (start < 0 || end <= start || end > length) {
            throw new GoldFormatException(what + " span [" + start + "," + end + ") outside text of length " + length);
        }
        return new TextSpan(start, end);
    }
}
