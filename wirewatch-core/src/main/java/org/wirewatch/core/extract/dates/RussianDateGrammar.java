package org.wirewatch.core.extract.dates;

/** The Russian date grammar ({@code ru.dates}), parsed once on first use and shared. */
final class RussianDateGrammar extends BundledDateGrammar {
    private static final class Holder {
        static final RussianDateGrammar INSTANCE = new RussianDateGrammar();
    }

    private RussianDateGrammar() {
        super(GrammarFile.load("ru"));
    }

    static RussianDateGrammar instance() {
        return Holder.INSTANCE;
    }
}
