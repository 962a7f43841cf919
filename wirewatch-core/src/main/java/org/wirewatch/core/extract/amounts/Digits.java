package org.wirewatch.core.extract.amounts;

import java.util.OptionalDouble;
import java.util.regex.Pattern;

/** The value of a number written in digits, as the tokenizer cuts it ("1,000", "1.5", "20 000"). */
final class Digits {
    private Digits() {}

    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}([.,]\\d{3})+");
    private static final Pattern DECIMAL = Pattern.compile("\\d+([.,]\\d+)?");
    private static final Pattern YEAR = Pattern.compile("(18|19|20)\\d\\d|2100");

    /**
     * The value, or empty for anything that is not a plain quantity: "1.1т" (a view counter),
     * "48-year-old", "13.11.2024". One separator before exactly three digits groups thousands
     * ("1,000", "1.000"); otherwise it is a decimal point or comma ("1.5", "1,5").
     */
    static OptionalDouble value(String token) {
        String s = stripGroupSpaces(token);
        if (GROUPED.matcher(s).matches()) return OptionalDouble.of(Double.parseDouble(s.replace(",", "").replace(".", "")));
        if (DECIMAL.matcher(s).matches()) return OptionalDouble.of(Double.parseDouble(s.replace(',', '.')));
        return OptionalDouble.empty();
    }

    /** Four digits that read as a year (1800–2100): "2024" is a date unless it counts something. */
    static boolean yearLike(String token) {
        return YEAR.matcher(token).matches();
    }

    private static String stripGroupSpaces(String token) {
        StringBuilder b = new StringBuilder(token.length());
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (!Character.isSpaceChar(c)) b.append(c);
        }
        return b.toString();
    }
}
