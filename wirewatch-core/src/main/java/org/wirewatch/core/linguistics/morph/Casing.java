package org.wirewatch.core.linguistics.morph;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Capitalisation of word forms and lemmas. All case mapping is {@link Locale#ROOT}. */
public final class Casing {
    private Casing() {}

    public static boolean isCapitalised(String form) {
        return !form.isEmpty() && Character.isUpperCase(form.codePointAt(0));
    }

    /** Two or more letters, all upper case ("НАТО", "ЄС"); a single capital is just capitalised. */
    public static boolean isAllCaps(String form) {
        int letters = 0;
        for (int i = 0; i < form.length(); i++) {
            char c = form.charAt(i);
            if (!Character.isLetter(c)) continue;
            if (!Character.isUpperCase(c)) return false;
            letters++;
        }
        return letters >= 2;
    }

    public static String lower(String form) {
        return form.toLowerCase(Locale.ROOT);
    }

    /** Each hyphen-separated part capitalised, the rest lower case: "НЬЮ-ЙОРК" → "Нью-Йорк". */
    public static String title(String form) {
        StringBuilder out = new StringBuilder(form.length());
        boolean partStart = true;
        for (int i = 0; i < form.length(); i++) {
            char c = form.charAt(i);
            out.append(partStart ? Character.toUpperCase(c) : Character.toLowerCase(c));
            partStart = c == '-';
        }
        return out.toString();
    }

    /**
     * The spellings to look a form up under in a case-sensitive dictionary: as given; a
     * capitalised form also in lower case (a sentence may start with a common word); an
     * all-capital form (a headline) also capitalised and in lower case.
     */
    public static List<String> lookupVariants(String form) {
        List<String> variants = new ArrayList<>(3);
        variants.add(form);
        if (isAllCaps(form)) addNew(variants, title(form));
        if (isCapitalised(form)) addNew(variants, lower(form));
        return variants;
    }

    /**
     * A lemma stored in lower case, capitalised like the form it was found for: letter by letter
     * over their common beginning (Нью-Йорке → Нью-Йорк, Брюсселе → Брюссель), upper case
     * throughout for an all-capital form. A lemma that has capitals of its own is the
     * dictionary's spelling and is kept.
     */
    public static String like(String lemma, String form) {
        if (!lemma.equals(lower(lemma))) return lemma;
        if (isAllCaps(form)) return lemma.toUpperCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lemma);
        int n = Math.min(lemma.length(), form.length());
        for (int i = 0; i < n && Character.toLowerCase(form.charAt(i)) == lemma.charAt(i); i++) {
            out.setCharAt(i, form.charAt(i));
        }
        if (isCapitalised(form)) out.setCharAt(0, Character.toUpperCase(out.charAt(0)));
        return out.toString();
    }

    private static void addNew(List<String> list, String value) {
        if (!list.contains(value)) list.add(value);
    }
}
