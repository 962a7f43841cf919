package org.wirewatch.core.linguistics.morph;

import java.util.List;

/**
 * Suffix rules for names no dictionary knows: the base forms an inflected name may come from.
 * One implementation per language.
 */
public interface NameEndings {

    /**
     * Candidate base forms of a name form, best guess first; never empty. The first candidate
     * is chosen so that every form of one name gives the same one (a stem where the ending
     * alone cannot tell the declension: Кулебы, Кулебе and Кулеба all give Кулеб); the others
     * are the likelier true nominatives, for a lexicon to confirm. Capitalisation follows the form.
     *
     * @param hint the kind of name expected, or null
     */
    List<String> candidates(String form, NameClass hint);
}
