package org.wirewatch.core.linguistics.names;

/**
 * Every language without a romanizer of its own (English, German, Polish, … and unknown ones):
 * Latin text as it is; a name in another script through ICU's generic {@code Any-Latin}.
 */
public final class LatinScriptRomanizer implements Romanizer {
    private final IcuTransform anyLatin = new IcuTransform("Any-Latin");

    @Override
    public String language() {
        return "*";
    }

    @Override
    public String latin(String name) {
        return isLatin(name) ? name : anyLatin.apply(name);
    }

    /** Whether every letter is Latin (digits, spaces and punctuation are in no script). */
    public static boolean isLatin(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) return false;
        }
        return true;
    }
}
