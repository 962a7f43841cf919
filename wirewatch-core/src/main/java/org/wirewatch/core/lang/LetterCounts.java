package org.wirewatch.core.lang;

/** Letter statistics of one stretch of text, from {@link LetterTable#count}. Not shared; never mutated. */
final class LetterCounts {
    private final int[] byScript;
    private final int[] markerHits;
    private final int foreign;
    private final int letters;

    LetterCounts(int[] byScript, int[] markerHits, int foreign) {
        this.byScript = byScript;
        this.markerHits = markerHits;
        this.foreign = foreign;
        this.letters = byScript[0] + byScript[1] + byScript[2];
    }

    int letters() { return letters; }

    int foreign() { return foreign; }

    /** Letters of {@link LetterTable#LATIN}, {@link LetterTable#CYRILLIC} or {@link LetterTable#OTHER}. */
    int inScript(int scriptClass) { return byScript[scriptClass]; }

    /** Letters that mark configured language {@code index} and no other of its script. */
    int markerHits(int index) { return markerHits[index]; }

    /** The script class most letters are in; ties go to Latin, then Cyrillic. */
    int dominantScript() {
        int best = LetterTable.LATIN;
        for (int s = 1; s < byScript.length; s++) if (byScript[s] > byScript[best]) best = s;
        return best;
    }
}
