package org.wirewatch.core.extract.ner.cues;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.wirewatch.core.linguistics.text.Token;

/**
 * What one language tells a name finder: which capitalised words are not names, which words
 * mark organisations and places, and which titles and offices stand around person names —
 * "NATO Secretary General Jens Stoltenberg", "Belgorod Gov. Vyacheslav Gladkov", "с генеральным
 * секретарем НАТО Марком Рютте", "Андрій Сибіга, міністр закордонних справ України". Every
 * office has a role id shared by all languages, so offices align across translations.
 *
 * <p>Token lists are those of one {@link org.wirewatch.core.linguistics.text.Sentence} (or any run of
 * tokens from the {@link org.wirewatch.core.linguistics.text.Tokenizer}); indices are into that list.
 * Implementations are immutable and thread-safe; get them from a {@link NameCuesRegistry}.
 */
public interface NameCues {

    /** ISO 639-1 code. */
    String language();

    /** Everything the lexicon knows about one word as written in the text (inflected forms included); empty if nothing. */
    Set<WordCue> cuesOf(String word);

    /** Whether {@code word} carries {@code cue}. */
    boolean is(String word, WordCue cue);

    /**
     * Whether the language writes the names of bodies with only the first word capitalised
     * ("Совет национальной безопасности и обороны", "Служба безпеки України"), so a name may go
     * on over lower-case words after a designator.
     */
    default boolean writesBodiesInSentenceCase() {
        return false;
    }

    /**
     * Whether a word joined to a number by a hyphen ("STS-124", "Су-27", "гелий-3") is a
     * designation of a model, mission or isotope rather than a name, as in the language's news.
     */
    default boolean numberedWordsAreNoNames() {
        return false;
    }

    default boolean isFunctionWord(String word) {
        return is(word, WordCue.FUNCTION);
    }

    default boolean isCalendarWord(String word) {
        return is(word, WordCue.CALENDAR);
    }

    /** A word of some title or office ("President" alone is a title, not a name). */
    default boolean isRoleWord(String word) {
        return is(word, WordCue.ROLE);
    }

    default boolean isOrgDesignator(String word) {
        return is(word, WordCue.ORG_DESIGNATOR);
    }

    default boolean isPlaceDesignator(String word) {
        return is(word, WordCue.PLACE_DESIGNATOR);
    }

    default boolean isPlacePreposition(String word) {
        return is(word, WordCue.PLACE_PREPOSITION);
    }

    default boolean isNameParticle(String word) {
        return is(word, WordCue.NAME_PARTICLE);
    }

    default boolean isMiscName(String word) {
        return is(word, WordCue.MISC_NAME);
    }

    default boolean isDemonym(String word) {
        return is(word, WordCue.DEMONYM);
    }

    /** A coordinating conjunction that can join the parts of a body's name ("і", "та"); none in a language whose pack lists none. */
    default boolean isConjunction(String word) {
        return is(word, WordCue.CONJUNCTION);
    }

    /** A company's legal form written after its name, letters run together ("AG", "GmbH", "SA" for "S. A."). */
    default boolean isLegalFormSuffix(String word) {
        return is(word, WordCue.LEGAL_FORM);
    }

    /** A word after which a name in quotation marks is an organisation's ("радиостанция «Маяк»"). */
    default boolean isQuotedOrgHead(String word) {
        return is(word, WordCue.QUOTED_ORG);
    }

    /**
     * The title that ends right before a name starting at token {@code nameStart}, with what
     * stands between them: "US Defense Secretary | Lloyd Austin", "Ambassador to NATO | Julie
     * Smith", "генеральным секретарем НАТО | Марком Рютте". When several offices stand in a
     * row the one nearest the name wins ("… Commander Europe General | Christopher Cavoli").
     */
    Optional<RoleCue> roleBefore(List<Token> tokens, int nameStart);

    /**
     * The title in apposition after a name ending before token {@code nameEnd}, behind a comma,
     * dash or bracket: "Serhiy Popko, | head of the Kyiv city military administration",
     * "Андрей Ермак, | глава офиса президента".
     */
    Optional<RoleCue> roleAfter(List<Token> tokens, int nameEnd);

    /**
     * Every title in the tokens, with or without a name beside it ("added the NATO Secretary
     * General", "the head of the Alliance noted"). Without a name to bound them, complements
     * are taken conservatively, since a capitalised word after the office may be the name
     * itself: English takes a complement only after "of"/"to"/"for"/"at" and stops before two
     * plain capitalised words in a row ("Ambassador to NATO | Julie Smith"); Russian and
     * Ukrainian keep acronyms, designators and genitive offices but no plain capitalised word
     * ("генеральным секретарем НАТО | Марком Рютте"). Use {@link #roleBefore} and
     * {@link #roleAfter} when the name's span is known.
     */
    List<RoleCue> roles(List<Token> tokens);
}
