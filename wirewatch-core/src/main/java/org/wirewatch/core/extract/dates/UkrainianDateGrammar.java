package org.wirewatch.core.extract.dates;

/** The Ukrainian date grammar ({@code uk.dates}), parsed once on first use and shared. */
final class UkrainianDateGrammar extends BundledDateGrammar {
    private static final class Holder {
        static final UkrainianDateGrammar INSTANCE = new UkrainianDateGrammar();
    }

    private UkrainianDateGrammar() {
        super(GrammarFile.load("uk"));
    }

    static UkrainianDateGrammar instance() {
        return Holder.INSTANCE;
    }
}
