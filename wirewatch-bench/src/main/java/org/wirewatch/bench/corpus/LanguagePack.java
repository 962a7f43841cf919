package org.wirewatch.bench.corpus;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * One language's templates for generated news. The lists of every pack are aligned: template i
 * of one language says what template i of another says, so an article and its "translation"
 * carry the same facts in the same order. Placeholders are filled by {@link Slots}.
 */
interface LanguagePack {
    String code();

    /** Three headlines per kind. */
    List<String> titles(EventKind kind);

    /** Two opening paragraphs per kind. */
    List<String> leads(EventKind kind);

    /** Three paragraphs only this kind of story has. */
    List<String> details(EventKind kind);

    /** Paragraphs any story may carry: reactions, background, context. At least seven. */
    List<String> common();

    /** The line a re-published near-duplicate ends with. */
    String updateNote();

    /** "on Friday", "в пятницу", "у п'ятницю". */
    String onDay(DayOfWeek day);

    /** Day and month as running text: "March 14", "14 марта". */
    String dayMonth(LocalDate date);

    PageWords page();
}
