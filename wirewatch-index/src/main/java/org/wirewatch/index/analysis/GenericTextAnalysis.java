package org.wirewatch.index.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/** Any other language (or none identified): Unicode words, lower-cased, Latin diacritics folded; no stems. */
public final class GenericTextAnalysis implements TextAnalysis {
    @Override
    public String language() {
        return "*";
    }

    @Override
    public Analyzer analyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream words = new ASCIIFoldingFilter(new LowerCaseFilter(source));
                return new TokenStreamComponents(source, words);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }
}
