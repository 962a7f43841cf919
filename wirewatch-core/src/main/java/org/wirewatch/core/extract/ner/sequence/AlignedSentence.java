package org.wirewatch.core.extract.ner.sequence;

import java.util.List;
import org.wirewatch.core.linguistics.text.Token;

/** A sentence as the project's tokenizer cuts it, with the gold tags of its tokens. */
record AlignedSentence(List<Token> tokens, int[] tags) {
}
