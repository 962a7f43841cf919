package org.wirewatch.core.extract.ner;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.wirewatch.core.kb.EntityType;
import org.wirewatch.core.kb.KbEntity;
import org.wirewatch.core.kb.KnowledgeBase;
import org.wirewatch.core.lang.LanguagePacks;
import org.wirewatch.core.lang.Vocabulary;
import org.wirewatch.core.linguistics.AnalysedText;
import org.wirewatch.core.linguistics.names.NameKeys;
import org.wirewatch.core.linguistics.text.Sentence;
import org.wirewatch.core.model.Check;
import org.wirewatch.core.model.Language;
import org.wirewatch.core.model.Mention;

/**
 * Names in a language without name cues (Italian, Spanish, Polish, Turkish, …), by what every
 * language written with capitals shares: runs of capitalised words ({@link CapitalisedRuns}). A run
 * that opens its sentence keeps its first word only when the article writes that word capitalised
 * mid-sentence too or the knowledge base knows it, so "Il", "Die", "Wczoraj" fall away (and so
 * does a given name that opens a sentence: "Mario Rossi ha detto" gives "Rossi"); nor does a name
 * open with a word the article also writes in lower case ("El" beside "el", "Gobierno" beside
 * "gobierno").
 * In an article that capitalises its nouns ({@link ArticleCase}), a lone capitalised word is a name
 * only when the knowledge base knows it, it is an acronym, or it is a named person's surname.
 *
 * <p>Each name gets the identity the knowledge base gives it (the longest known part; a known
 * person's given name before him joins him), or else a cross-script key, made as the packs make
 * theirs, so an unknown name meets its spelling in other languages: a person is {@code per:} and
 * the key of the surname, anything else {@code name:} and the key of the whole name. Types come
 * from the knowledge base, or {@code PER} when the article also names the person by the last word
 * alone ("Mario Rossi … Rossi"); otherwise {@code MISC}: capitals say a word is a name, not which
 * kind, and a wrong {@code ORG} or {@code LOC} would mislead type filters where {@code MISC} only
 * declines to say. Immutable and thread-safe.
 */
public final class GenericNameFinder {
    /** The longest part of a run looked up in the knowledge base, in words. */
    static final int MAX_KNOWN_WORDS = 4;

    private final KnowledgeBase kb;
    private final LanguagePacks packs;
    private final NameKeys keys;

    public GenericNameFinder(KnowledgeBase kb, LanguagePacks packs) {
        this.kb = Check.notNullParam(kb, "kb");
        this.packs = Check.notNullParam(packs, "packs");
        this.keys = packs.nameKeys();
    }

    public List<Mention> find(AnalysedText analysed) {
        Check.notNullParam(analysed, "analysed");
        String lang = analysed.language();
        Vocabulary vocabulary = lang == null ? Vocabulary.EMPTY : packs.vocabulary(Language.of(lang));
        ArticleCase article = ArticleCase.of(analysed);
        List<Found> found = new ArrayList<>();
        for (Sentence sentence : analysed.sentences()) {
            for (CapitalisedRuns.Run run : CapitalisedRuns.of(sentence.tokens(), vocabulary)) {
                List<CapitalisedRuns.Word> words = trimmed(run, analysed.text(), lang, article);
                if (!words.isEmpty()) link(words, analysed.text(), lang, found);
            }
        }
        return mentions(found, analysed.text(), lang, article);
    }

    /** A name found, with the knowledge base's entity when it knows it. */
    private record Found(int start, int end, int words, KbEntity entity) {}

    /** The run without a sentence-opening word that is not part of a name; empty when nothing is left. */
    private List<CapitalisedRuns.Word> trimmed(CapitalisedRuns.Run run, String text, String lang, ArticleCase article) {
        List<CapitalisedRuns.Word> words = run.words();
        if (run.initial()) words = withoutOpening(words, text, lang, article);
        // A word the article also writes in lower case ("El", "Gobierno" beside "el", "gobierno") opens no name.
        int from = 0;
        while (from < words.size() && article.writtenLowerCase(lower(text, words.get(from))) && known(word(text, words.get(from)), lang).isEmpty()) from++;
        return words.subList(from, words.size());
    }

    private List<CapitalisedRuns.Word> withoutOpening(List<CapitalisedRuns.Word> words, String text, String lang, ArticleCase article) {
        String first = word(text, words.get(0));
        if (article.capitalisedMidSentence(lower(text, words.get(0)))) return words;
        if (known(first, lang).isPresent()) return words;
        return words.size() == 1 ? List.of() : words.subList(1, words.size());
    }

    /** Splits a run into the longest parts the knowledge base knows and the unknown stretches between them. */
    private void link(List<CapitalisedRuns.Word> words, String text, String lang, List<Found> out) {
        int unknownFrom = -1;
        int i = 0;
        while (i < words.size()) {
            int to = Math.min(words.size(), i + MAX_KNOWN_WORDS);
            Optional<KbEntity> entity = Optional.empty();
            for (; to > i; to--) {
                entity = known(span(text, words, i, to), lang);
                if (entity.isPresent()) break;
            }
            if (entity.isEmpty()) {
                if (unknownFrom < 0) unknownFrom = i;
                i++;
                continue;
            }
            // A given name the knowledge base does not hold, before a person it does: one person.
            boolean givenName = unknownFrom >= 0 && entity.get().type() == EntityType.PER;
            if (unknownFrom >= 0 && !givenName) out.add(found(words, unknownFrom, i, null));
            out.add(found(words, givenName ? unknownFrom : i, to, entity.get()));
            unknownFrom = -1;
            i = to;
        }
        if (unknownFrom >= 0) out.add(found(words, unknownFrom, words.size(), null));
    }

    private List<Mention> mentions(List<Found> found, String text, String lang, ArticleCase article) {
        Set<String> loneWords = new HashSet<>();
        for (Found f : found) if (f.entity() == null && f.words() == 1) loneWords.add(keys.key(text.substring(f.start(), f.end()), lang));
        Set<String> surnames = new HashSet<>();
        for (Found f : found) {
            // "Mario Rossi … Rossi": the last word alone, the first never (else "Millionen Euro … Euro … Millionen").
            if (f.entity() == null && f.words() > 1 && loneWords.contains(lastWordKey(text, f, lang))
                    && !loneWords.contains(firstWordKey(text, f, lang))) surnames.add(lastWordKey(text, f, lang));
        }
        List<Mention> out = new ArrayList<>();
        for (Found f : found) {
            String name = text.substring(f.start(), f.end());
            if (f.entity() != null) {
                out.add(new Mention(f.start(), f.end(), name, f.entity().type().name(), f.entity().id(), f.entity().name()));
                continue;
            }
            String key = keys.key(name, lang);
            boolean person = surnames.contains(f.words() == 1 ? key : lastWordKey(text, f, lang));
            if (!person && f.words() == 1 && article.capitalisesNouns() && !acronym(name)) continue;
            if (key.isEmpty()) continue;
            out.add(person ? new Mention(f.start(), f.end(), name, "PER", "per:" + lastWordKey(text, f, lang), name)
                    : new Mention(f.start(), f.end(), name, "MISC", "name:" + key, name));
        }
        return List.copyOf(out);
    }

    private Found found(List<CapitalisedRuns.Word> words, int from, int to, KbEntity entity) {
        return new Found(words.get(from).start(), words.get(to - 1).end(), to - from, entity);
    }

    private String firstWordKey(String text, Found f, String lang) {
        String name = text.substring(f.start(), f.end());
        int space = name.indexOf(' ');
        return keys.key(space < 0 ? name : name.substring(0, space), lang);
    }

    private String lastWordKey(String text, Found f, String lang) {
        String name = text.substring(f.start(), f.end());
        int space = name.lastIndexOf(' ');
        return keys.key(space < 0 ? name : name.substring(space + 1), lang);
    }

    private Optional<KbEntity> known(String name, String lang) {
        List<KbEntity> entities = kb.find(name, lang);
        return entities.isEmpty() ? Optional.empty() : Optional.of(entities.get(0));
    }

    private static String word(String text, CapitalisedRuns.Word w) {
        return text.substring(w.start(), w.end());
    }

    private static String lower(String text, CapitalisedRuns.Word w) {
        return word(text, w).toLowerCase(Locale.ROOT);
    }

    private static String span(String text, List<CapitalisedRuns.Word> words, int from, int to) {
        return text.substring(words.get(from).start(), words.get(to - 1).end());
    }

    private static boolean acronym(String name) {
        int letters = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLowerCase(c)) return false;
            if (Character.isLetter(c)) letters++;
        }
        return letters >= 2;
    }
}
