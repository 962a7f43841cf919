package org.wirewatch.core.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Field access for gold lines that accepts the aliases the formats allow (first key present
 * wins) and explains what is wrong in words a person fixing the file understands.
 */
final class JsonFields {
    private JsonFields() {}

    /** The first of {@code keys} present with a non-null scalar value, as text; null when none is. */
    static String text(JsonNode node, String... keys) {
        JsonNode value = first(node, keys);
        if (value == null) return null;
        if (!value.isValueNode()) throw new GoldFormatException("\"" + keys[0] + "\" must be a string");
        return value.asText();
    }

    static String requiredText(JsonNode node, String... keys) {
        String value = text(node, keys);
        if (value == null) throw new GoldFormatException("missing " + describe(keys));
        return value;
    }

    /** An integer, given as a JSON integer or as a string of digits. */
    static int requiredInt(JsonNode node, String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) throw new GoldFormatException("missing \"" + key + "\"");
        return asInt(value, key);
    }

    static int asInt(JsonNode value, String what) {
        if (value.isIntegralNumber() && value.canConvertToInt()) return value.intValue();
        if (value.isTextual() && value.asText().trim().matches("-?\\d{1,9}")) return Integer.parseInt(value.asText().trim());
        throw new GoldFormatException("\"" + what + "\" must be an integer, was " + value);
    }

    /** A finite number, given as a JSON number or a numeric string. */
    static double requiredNumber(JsonNode node, String... keys) {
        JsonNode value = first(node, keys);
        if (value == null) throw new GoldFormatException("missing " + describe(keys));
        double d;
        if (value.isNumber()) {
            d = value.doubleValue();
        } else if (value.isTextual()) {
            try {
                d = Double.parseDouble(value.asText().trim());
            } catch (NumberFormatException e) {
                throw new GoldFormatException("\"" + keys[0] + "\" must be a number, was " + value);
            }
        } else {
            throw new GoldFormatException("\"" + keys[0] + "\" must be a number, was " + value);
        }
        if (!Double.isFinite(d)) throw new GoldFormatException("\"" + keys[0] + "\" must be finite, was " + value);
        return d;
    }

    /** true/false, 1/0 or their string forms. */
    static boolean requiredBoolean(JsonNode node, String... keys) {
        JsonNode value = first(node, keys);
        if (value == null) throw new GoldFormatException("missing " + describe(keys));
        if (value.isBoolean()) return value.booleanValue();
        if (value.isIntegralNumber() && (value.intValue() == 0 || value.intValue() == 1)) return value.intValue() == 1;
        String s = value.asText().trim();
        if (s.equalsIgnoreCase("true") || s.equals("1")) return true;
        if (s.equalsIgnoreCase("false") || s.equals("0")) return false;
        throw new GoldFormatException("\"" + keys[0] + "\" must be true or false, was " + value);
    }

    /** The first of {@code keys} holding an array; null when none is present. */
    static JsonNode array(JsonNode node, String... keys) {
        JsonNode value = first(node, keys);
        if (value == null) return null;
        if (!value.isArray()) throw new GoldFormatException("\"" + keys[0] + "\" must be a list");
        return value;
    }

    /** A list of strings; numbers are refused because their meaning depends on a label table we do not have. */
    static List<String> strings(JsonNode array, String what) {
        List<String> out = new ArrayList<>(array.size());
        for (JsonNode item : array) {
            if (!item.isTextual()) throw new GoldFormatException(what + " must hold strings, found " + item);
            out.add(item.asText());
        }
        return out;
    }

    static JsonNode object(JsonNode node, String key) {
        JsonNode value = node.get(key);
        if (value == null || !value.isObject()) throw new GoldFormatException("\"" + key + "\" must be an object");
        return value;
    }

    static boolean has(JsonNode node, String... keys) {
        return first(node, keys) != null;
    }

    private static JsonNode first(JsonNode node, String... keys) {
        for (String key : keys) {
            JsonNode value = node.get(key);
            if (value != null && !value.isNull()) return value;
        }
        return null;
    }

    private static String describe(String... keys) {
        return keys.length == 1 ? "\"" + keys[0] + "\"" : "\"" + String.join("\" or \"", keys) + "\"";
    }
}
