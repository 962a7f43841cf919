package org.wirewatch.bench.corpus;

import java.util.Locale;
import java.util.Map;

/**
 * Fills a template: {@code {key}} is replaced by its value, {@code {^key}} by the value with a
 * capital first letter (for a name with a lower-case office at the start of a sentence), and
 * {@code {a:masc|fem}} (or {@code b}, either case) by the form that agrees with actor A's or B's
 * gender. An unknown key is a bug in a template, so it throws rather than writing "{key}".
 */
record Slots(Map<String, String> values, boolean aFemale, boolean bFemale) {
    Slots {
        values = Map.copyOf(values);
    }

    String fill(String template) {
        StringBuilder out = new StringBuilder(template.length() + 64);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c != '{') {
                out.append(c);
                i++;
                continue;
            }
            int close = template.indexOf('}', i);
            if (close < 0) throw new IllegalStateException("unclosed placeholder in: " + template);
            out.append(resolve(template.substring(i + 1, close), template));
            i = close + 1;
        }
        return out.toString();
    }

    private String resolve(String key, String template) {
        int colon = key.indexOf(':');
        if (colon > 0) {
            boolean female = switch (key.substring(0, colon).toLowerCase(Locale.ROOT)) {
                case "a" -> aFemale;
                case "b" -> bFemale;
                default -> throw new IllegalStateException("unknown gender source in {" + key + "}: " + template);
            };
            String[] forms = key.substring(colon + 1).split("\\|", -1);
            if (forms.length != 2) throw new IllegalStateException("need masc|fem in {" + key + "}: " + template);
            return female ? forms[1] : forms[0];
        }
        boolean capital = key.startsWith("^");
        String name = capital ? key.substring(1) : key;
        String value = values.get(name);
        if (value == null) throw new IllegalStateException("unknown placeholder {" + key + "} in: " + template);
        return capital && !value.isEmpty() ? value.substring(0, 1).toUpperCase(Locale.ROOT) + value.substring(1) : value;
    }
}
