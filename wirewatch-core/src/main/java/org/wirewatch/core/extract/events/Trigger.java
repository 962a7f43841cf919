package org.wirewatch.core.extract.events;

/**
 * A trigger lemma from a cue file: "strike/n" (noun readings only), "shoot+down" (the next word
 * must be "down"). {@code partOfSpeech} is 'v', 'n' or 0 for any; {@code next} is null when no
 * word must follow.
 */
record Trigger(EventType type, String lemma, char partOfSpeech, String next) {

    static Trigger parse(EventType type, String entry) {
        String lemma = entry;
        String next = null;
        char pos = 0;
        int plus = lemma.indexOf('+');
        if (plus > 0) {
            next = Words.normal(lemma.substring(plus + 1));
            lemma = lemma.substring(0, plus);
        }
        int slash = lemma.indexOf('/');
        if (slash > 0) {
            pos = lemma.charAt(slash + 1);
            lemma = lemma.substring(0, slash);
        }
        return new Trigger(type, Words.normal(lemma), pos, next);
    }
}
