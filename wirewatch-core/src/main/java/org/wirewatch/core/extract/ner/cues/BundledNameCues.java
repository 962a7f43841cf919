package org.wirewatch.core.extract.ner.cues;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.wirewatch.core.lang.PackFile;
import org.wirewatch.core.lang.Vocabulary;
import org.wirewatch.core.linguistics.text.Token;
import org.wirewatch.core.model.Check;

/**
 * Name cues read from a language pack's {@code names.cues}: its words, offices, and the
 * {@code [grammar]} flags that say how its titles and bodies are written. Immutable and thread-safe.
 */
final class BundledNameCues implements NameCues {

    /** Everything built from one file; immutable, shared by every instance of the language's class. */
    static final class Compiled {
        final Lexicon<WordCue> words;
        final RoleMatcher roles;

        final boolean sentenceCaseBodies;
        final boolean numberedWordsNoNames;
        /**
         * The cues of each word form asked about so far: the recogniser asks about the same words
         * again and again (per token, per mention, per feature), and a look-up folds the word and
         * probes every possible stem. Bounded, since news brings new words every day.
         */
        private final ConcurrentHashMap<String, List<WordCue>> byWord = new ConcurrentHashMap<>();
        private static final int MAX_WORDS = 100_000;

        Compiled(CueFile.Parsed parsed) {
            boolean genitiveComplements = parsed.grammar().contains(CueFile.GENITIVE_COMPLEMENTS);
            this.sentenceCaseBodies = parsed.grammar().contains(CueFile.SENTENCE_CASE_BODIES);
            this.numberedWordsNoNames = parsed.grammar().contains(CueFile.NUMBERED_WORDS_NO_NAMES);
            Lexicon.Builder<WordCue> builder = Lexicon.builder();
            for (Map.Entry<WordCue, List<WordPattern>> e : parsed.words().entrySet()) {
                for (WordPattern p : e.getValue()) builder.add(p, e.getKey());
            }
            // An office's own word ("President", "Gov.", "генсек") is a role word; the words of longer
            // phrases ("Defense", "State", "генеральным") are not: they also name bodies and places.
            for (RolePhrase phrase : parsed.roles()) {
                List<WordPattern> words = phrase.words();
                boolean abbreviation = words.size() == 2 && words.get(1).equals(new WordPattern.Exact(".", false));
                if (words.size() == 1 || abbreviation) builder.add(words.get(0), WordCue.ROLE);
            }
            this.words = builder.build();
            this.roles = new RoleMatcher(parsed.roles(), genitiveComplements);
        }

        /** {@code words.lookup(word)}, remembered per form (the lexicon is immutable). */
        List<WordCue> cuesOf(String word) {
            List<WordCue> found = byWord.get(word);
            if (found != null) return found;
            found = List.copyOf(words.lookup(word));
            if (byWord.size() < MAX_WORDS) byWord.putIfAbsent(word, found);
            return found;
        }


    }

    private final String language;
    private final Compiled compiled;

    /** The cues of {@code language} in its pack's {@code names.cues}. */
    BundledNameCues(String language, PackFile file, Vocabulary vocabulary) {
        this(language, CueFile.load(file, vocabulary));
    }

    BundledNameCues(String language, CueFile.Parsed parsed) {
        this.language = language;
        this.compiled = new Compiled(parsed);
    }

    @Override
    public boolean writesBodiesInSentenceCase() {
        return compiled.sentenceCaseBodies;
    }

    @Override
    public boolean numberedWordsAreNoNames() {
        return compiled.numberedWordsNoNames;
    }

    @Override
    public String language() {
        return language;
    }

    @Override
    public Set<WordCue> cuesOf(String word) {
        Check.notNullParam(word, "word");
        List<WordCue> found = compiled.cuesOf(word);
        return found.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(found));
    }

    @Override
    public boolean is(String word, WordCue cue) {
        Check.notNullParam(word, "word");
        return compiled.cuesOf(word).contains(cue);
    }

    @Override
    public Optional<RoleCue> roleBefore(List<Token> tokens, int nameStart) {
        Check.notNullParam(tokens, "tokens");
        Check.isTrue(nameStart >= 0 && nameStart <= tokens.size(), "nameStart %d outside 0..%d", nameStart, tokens.size());
        return compiled.roles.before(new CueTokens(tokens, compiled.words), nameStart);
    }

    @Override
    public Optional<RoleCue> roleAfter(List<Token> tokens, int nameEnd) {
        Check.notNullParam(tokens, "tokens");
        Check.isTrue(nameEnd >= 0 && nameEnd <= tokens.size(), "nameEnd %d outside 0..%d", nameEnd, tokens.size());
        return compiled.roles.after(new CueTokens(tokens, compiled.words), nameEnd);
    }

    @Override
    public List<RoleCue> roles(List<Token> tokens) {
        Check.notNullParam(tokens, "tokens");
        return compiled.roles.all(new CueTokens(tokens, compiled.words));
    }

    @Override
    public String toString() {
        return "NameCues[" + language + "]";
    }
}
