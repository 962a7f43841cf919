package org.wirewatch.core.extract.dates;

/** The English date grammar ({@code en.dates}), parsed once on first use and shared. */
final class EnglishDateGrammar extends BundledDateGrammar {
    private static final class Holder {
        static final EnglishDateGrammar INSTANCE = new EnglishDateGrammar();
    }

    private EnglishDateGrammar() {
        super(GrammarFile.load("en"));
    }

    static EnglishDateGrammar instance() {
        return Holder.INSTANCE;
    }
}
