package org.wirewatch.core.extract.dates;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds temporal expressions in one text's words with one language's grammar. Left to right, the
 * longest reading at each word wins and its words are consumed. One instance per call.
 */
final class Scanner {
    private final List<Word> words;
    private final DateGrammar grammar;
    private final List<Expression> found = new ArrayList<>();

    Scanner(List<Word> words, DateGrammar grammar) {
        this.words = words;
        this.grammar = grammar;
    }

    List<Expression> scan() {
        int i = 0;
        while (i < words.size()) {
            int next = match(i);
            i = next > i ? next : i + 1;
        }
        return found;
    }

    /** Index after the expression starting at word i, or i when none starts there. */
    private int match(int i) {
        Word w = words.get(i);
        if (w.digits()) {
            int j = numeric(i);
            if (j > i) return j;
            j = dayMonth(i);
            if (j > i) return j;
            j = ago(i);
            if (j > i) return j;
            j = decade(i);
            if (j > i) return j;
            return yearAlone(i);
        }
        if (!w.letters()) return i;
        int r = reference(i);
        if (r > i) return r;
        if (grammar.season(w.lower()) > 0) return season(i, null, w.start());
        if (grammar.month(w.lower()) > 0) return monthFirst(i);
        if (grammar.weekday(w.lower()) > 0) return weekday(i);
        Integer days = grammar.dayOffset(w.lower());
        if (days != null) {
            int end = partOfDayAfter(i + 1);
            found.add(Expression.offset(w.start(), words.get(end - 1).end(), days));
            return end;
        }
        int j = ago(i);
        return j > i ? j : period(i);
    }

    /** "three days ago", "2 weeks ago", "год назад", "тиждень тому": a count (1 when left out), a unit, "ago". */
    private int ago(int i) {
        Word w = words.get(i);
        Integer count = w.digits() ? Integer.valueOf(w.number()) : grammar.count(w.lower());
        int u = count == null ? i : i + 1;
        if (count == null) {
            if (!grammar.single(w.lower())) return i;
            count = 1;
        }
        if (count < 1 || count > 999 || u + 1 >= words.size()) return i;
        ChronoUnit unit = grammar.unit(words.get(u).lower());
        if (unit == null || !grammar.ago(words.get(u + 1).lower())) return i;
        found.add(Expression.period(w.start(), words.get(u + 1).end(), -count, unit));
        return u + 2;
    }

    /** "13-11-2024", "13.11.2024", "2024-11-13", with a clock time after it ("13-11-2024, 17:21"). */
    private int numeric(int i) {
        if (i + 4 >= words.size() || !adjacent(i, i + 4)) return i;
        Word a = words.get(i), sep = words.get(i + 1), b = words.get(i + 2), c = words.get(i + 4);
        if (sep.kind() != Word.Kind.MARK || !words.get(i + 3).is(sep.lower()) || !b.digits() || !c.digits()) return i;
        if (!(sep.is("-") || sep.is(".") || sep.is("/"))) return i;
        if (touchesNumber(i - 1, true) || touchesNumber(i + 5, false)) return i;
        int year, month, day;
        if (a.lower().length() == 4 && b.lower().length() <= 2 && c.lower().length() <= 2) {
            year = a.number(); month = b.number(); day = c.number();
        } else if (a.lower().length() <= 2 && b.lower().length() <= 2 && c.lower().length() == 4) {
            year = c.number(); month = b.number(); day = a.number();
            // "11/13/2024" can only be month first
            if (month > 12 && day <= 12) { int t = month; month = day; day = t; }
        } else {
            return i;
        }
        if (!valid(year, month, day)) return i;
        int end = i + 5;
        String time = null;
        int t = end < words.size() && words.get(end).is(",") ? end + 1 : end;
        if (t + 2 < words.size() && words.get(t).digits() && words.get(t + 1).is(":") && words.get(t + 2).digits()
                && adjacent(t, t + 2) && words.get(t).start() - words.get(end - 1).end() <= 3) {
            int h = words.get(t).number(), m = words.get(t + 2).number();
            if (h < 24 && m < 60 && words.get(t + 2).lower().length() == 2) {
                time = String.format(Locale.ROOT, "%02d:%02d", h, m);
                end = t + 3;
            }
        }
        found.add(Expression.calendar(a.start(), words.get(end - 1).end(), year, month, day, time, since(i)));
        return end;
    }

    /** "8 July 2024", "8 июля 2024 года", "24 лютого". */
    private int dayMonth(int i) {
        int day = dayNumber(i);
        if (day == 0 || i + 1 >= words.size()) return i;
        // "9–11 July": the first day of a range takes the month of the second
        int first = i;
        int firstDay = 0;
        if (i + 3 < words.size() && isRangeMark(words.get(i + 1)) && rangeEnd(i + 2) > day && monthWord(words.get(i + 3)) > 0) {
            firstDay = day;
            i += 2;
            day = rangeEnd(i);
        }
        Word m = words.get(i + 1);
        int month = monthWord(m);
        if (month == 0) return first;
        int end = i + 2;
        int year = 0;
        if (end < words.size() && isYear(words.get(end))) {
            year = words.get(end).number();
            end = yearWordAfter(end + 1);
        }
        if (!valid(year == 0 ? 2000 : year, month, day)) return first;
        if (firstDay > 0) {
            Word f = words.get(first);
            found.add(Expression.calendar(start(first), f.end(), year, month, firstDay, null, since(first)));
        }
        Word d = words.get(i);
        found.add(Expression.calendar(firstDay > 0 ? d.start() : start(i), words.get(end - 1).end(), year, month, day, null,
                firstDay == 0 && since(i)));
        return end;
    }

    /** "July 8", "July 8, 2024", "from July 9 to 11", "February 2022", "since August". */
    private int monthFirst(int i) {
        Word m = words.get(i);
        int month = grammar.capitalisedMonths() && !m.capital() ? 0 : grammar.month(m.lower());
        if (month == 0) return i;
        int j = i + 1;
        // "Jan. 20": an abbreviated month keeps its dot
        if (j < words.size() && words.get(j).is(".") && words.get(j).start() == m.end() && m.lower().length() <= 4) j++;
        int day = j < words.size() ? dayNumber(j) : 0;
        if (day > 0) {
            int end = j + 1;
            if (end < words.size() && isOrdinalSuffix(end)) end++;
            int second = 0, secondAt = -1;
            if (end + 1 < words.size() && isRangeMark(words.get(end))) {
                second = rangeEnd(end + 1);
                if (second > day) secondAt = end + 1;
            }
            int after = secondAt >= 0 ? secondAt + 1 : end;
            int year = 0;
            int y = after < words.size() && words.get(after).is(",") ? after + 1 : after;
            if (y < words.size() && isYear(words.get(y))) {
                year = words.get(y).number();
                after = yearWordAfter(y + 1);
                if (secondAt < 0) end = after;
            }
            if (!valid(year == 0 ? 2000 : year, month, day)) return i;
            found.add(Expression.calendar(start(i), words.get(end - 1).end(), year, month, day, null, since(i)));
            if (secondAt >= 0 && valid(year == 0 ? 2000 : year, month, second)) {
                Word s = words.get(secondAt);
                int sEnd = year > 0 ? after : secondAt + 1;
                found.add(Expression.calendar(s.start(), words.get(sEnd - 1).end(), year, month, second, null, false));
            }
            return after;
        }
        if (j < words.size() && isYear(words.get(j))) {
            int end = yearWordAfter(j + 1);
            found.add(Expression.calendar(m.start(), words.get(end - 1).end(), words.get(j).number(), month, 0, null,
                    since(i)));
            return end;
        }
        if (grammar.guarded(m.lower()) && !(i > 0 && grammar.monthPreposition(words.get(i - 1).lower())
                || i > 1 && words.get(i - 1).is("-") && grammar.monthPreposition(words.get(i - 2).lower()))) return i;
        found.add(Expression.calendar(m.start(), m.end(), 0, month, 0, null, since(i)));
        return i + 1;
    }

    /** "2024", "2022 года"; not "$2024", "2024%" or a year inside a longer number. */
    private int yearAlone(int i) {
        Word w = words.get(i);
        if (!isYear(w)) return i;
        if (i > 0 && words.get(i - 1).kind() == Word.Kind.MARK && words.get(i - 1).end() == w.start()
                && "$€£₴₽#№".contains(words.get(i - 1).lower())) return i;
        if (i + 1 < words.size() && words.get(i + 1).start() == w.end() && words.get(i + 1).is("%")) return i;
        int end = yearWordAfter(i + 1);
        found.add(Expression.calendar(w.start(), words.get(end - 1).end(), w.number(), 0, 0, null, since(i)));
        return end;
    }

    /** "on Wednesday", "Tuesday morning", "в среду", "у понеділок". */
    private int weekday(int i) {
        Word w = words.get(i);
        if (grammar.weekdayNeedsPreposition() && (i == 0 || !grammar.weekdayPreposition(words.get(i - 1).lower()))) return i;
        int end = partOfDayAfter(i + 1);
        found.add(Expression.weekday(w.start(), words.get(end - 1).end(), grammar.weekday(w.lower())));
        return end;
    }

    /** "last month", "earlier this month", "next week", "минулого тижня", "на прошлой неделе". */
    private int period(int i) {
        int j = grammar.modifier(words.get(i).lower()) ? i + 1 : i;
        if (j + 1 >= words.size()) return i;
        Integer shift = grammar.shift(words.get(j).lower());
        if (shift != null && grammar.season(words.get(j + 1).lower()) > 0) return season(j + 1, shift, words.get(i).start());
        ChronoUnit unit = grammar.unit(words.get(j + 1).lower());
        if (shift != null && shift <= 0 && unit == null && grammar.partOfDay(words.get(j + 1).lower())) {
            // "this morning", "last night": a part of today, or of yesterday
            found.add(Expression.offset(words.get(i).start(), words.get(j + 1).end(), shift));
            return j + 2;
        }
        if (shift == null || unit == null || unit == ChronoUnit.DAYS) return i;
        found.add(Expression.period(words.get(i).start(), words.get(j + 1).end(), shift, unit));
        return j + 2;
    }

    /** "the next day", "наступного дня", "накануне": a day counted from the date the text named last. */
    private int reference(int i) {
        Integer days = grammar.referenceDay(words.get(i).lower());
        if (days == null) return i;
        if (i + 1 < words.size() && grammar.unit(words.get(i + 1).lower()) == ChronoUnit.DAYS) {
            found.add(Expression.reference(words.get(i).start(), words.get(i + 1).end(), days));
            return i + 2;
        }
        if (!grammar.referenceAlone(words.get(i).lower())) return i;
        found.add(Expression.reference(words.get(i).start(), words.get(i).end(), days));
        return i + 1;
    }

    /**
     * "last summer", "summer of 2023", "летом 2022 года", "навесні", "in the spring": a season with a
     * shift word, a year, or standing alone where the language lets it (an adverb, or after "in").
     */
    private int season(int i, Integer shift, int start) {
        Word w = words.get(i);
        int end = i + 1;
        int year = 0;
        int y = end < words.size() && grammar.of(words.get(end).lower()) ? end + 1 : end;
        if (shift == null && y < words.size() && isYear(words.get(y))) {
            year = words.get(y).number();
            end = yearWordAfter(y + 1);
        } else if (shift == null && !grammar.seasonAdverb(w.lower()) && !afterMonthPreposition(i)) {
            return i;
        }
        found.add(Expression.season(start, words.get(end - 1).end(), grammar.season(w.lower()), year, shift));
        return end;
    }

    /** "in spring", "in the spring". */
    private boolean afterMonthPreposition(int i) {
        int k = i - 1;
        if (k >= 0 && (words.get(k).is("the"))) k--;
        return k >= 0 && grammar.monthPreposition(words.get(k).lower()) && words.get(k).letters();
    }

    /** "1990s", "the 1990s", "1990-х", "90-х годов": a decade, valued by its first three digits ("199"). */
    private int decade(int i) {
        Word w = words.get(i);
        int n = w.number();
        int k = i + 1;
        if (k < words.size() && words.get(k).is("-") && words.get(k).start() == w.end()) k++;
        if (k >= words.size() || !words.get(k).letters() || words.get(k).start() != words.get(k - 1).end()
                || !grammar.decadeSuffix(words.get(k).lower())) return i;
        int year;
        if (w.lower().length() == 4 && n >= 1000 && n % 10 == 0) year = n;
        else if (w.lower().length() == 2 && n % 10 == 0 && k == i + 2) year = n >= 30 ? 1900 + n : 2000 + n;
        else return i;
        int end = yearWordAfter(k + 1);
        found.add(Expression.decade(w.start(), words.get(end - 1).end(), year));
        return end;
    }

    /** Where an expression with a day starting at word i starts: "the morning of July 8" takes in "morning of". */
    private int start(int i) {
        if (i >= 2 && grammar.of(words.get(i - 1).lower()) && grammar.partOfDay(words.get(i - 2).lower())) {
            return words.get(i - 2).start();
        }
        return words.get(i).start();
    }

    private int partOfDayAfter(int j) {
        return j < words.size() && grammar.partOfDay(words.get(j).lower()) ? j + 1 : j;
    }

    private int yearWordAfter(int j) {
        if (j < words.size() && grammar.yearWord(words.get(j).lower())) {
            // "2024 г." keeps its abbreviation dot
            if (j + 1 < words.size() && words.get(j + 1).is(".") && words.get(j).lower().length() == 1) return j + 2;
            return j + 1;
        }
        return j;
    }

    private int monthWord(Word w) {
        if (!w.letters() || (grammar.capitalisedMonths() && !w.capital())) return 0;
        return grammar.month(w.lower());
    }

    /** 1–31 when word j is a day of the month: not part of a time ("17:21"), a decimal or a compound ("5-year"). */
    private int dayNumber(int j) {
        return dayNumber(j, false);
    }

    /** The same, for the second day of a range ("9-11"), which a hyphen may touch. */
    private int rangeEnd(int j) {
        return dayNumber(j, true);
    }

    private int dayNumber(int j, boolean closesRange) {
        Word w = words.get(j);
        int d = w.number();
        if (d < 1 || d > 31 || w.lower().length() > 2) return 0;
        if (j + 1 < words.size()) {
            Word next = words.get(j + 1);
            if (next.start() == w.end() && (next.is(":") || next.is(".") && j + 2 < words.size() && words.get(j + 2).digits()
                    || next.is("-") && !(j + 2 < words.size() && words.get(j + 2).digits())
                    || next.is(",") && j + 2 < words.size() && words.get(j + 2).digits()
                    && words.get(j + 2).start() == next.end())) return 0;
        }
        if (!closesRange && j > 0 && touchesNumber(j - 1, true)) return 0;
        return d;
    }

    private boolean isOrdinalSuffix(int j) {
        Word w = words.get(j);
        return w.start() == words.get(j - 1).end() && (w.is("st") || w.is("nd") || w.is("rd") || w.is("th"));
    }

    private boolean isRangeMark(Word w) {
        return w.is("-") || w.is("–") || w.is("—") || grammar.rangeTo(w.lower());
    }

    private static boolean isYear(Word w) {
        int y = w.number();
        return w.lower().length() == 4 && y >= 1900 && y <= 2099;
    }

    /** Whether word j is a digit or a decimal mark glued to the expression's edge. */
    private boolean touchesNumber(int j, boolean before) {
        if (j < 0 || j >= words.size()) return false;
        Word w = words.get(j);
        Word edge = words.get(before ? j + 1 : j - 1);
        boolean glued = before ? w.end() == edge.start() : edge.end() == w.start();
        if (!glued) return false;
        if (w.digits()) return true;
        int k = before ? j - 1 : j + 1;
        return (w.is(".") || w.is("-") || w.is("/") || w.is(":")) && k >= 0 && k < words.size() && words.get(k).digits()
                && (before ? words.get(k).end() == w.start() : words.get(k).start() == w.end());
    }

    private boolean adjacent(int from, int to) {
        for (int k = from; k < to; k++) {
            if (words.get(k).end() != words.get(k + 1).start()) return false;
        }
        return true;
    }

    private boolean since(int i) {
        int k = i - 1;
        // "since the morning of …", "с 8 июля"
        while (k >= 0 && i - k <= 2 && (grammar.of(words.get(k).lower()) || grammar.partOfDay(words.get(k).lower()))) k--;
        return k >= 0 && grammar.since(words.get(k).lower());
    }

    private static boolean valid(int year, int month, int day) {
        if (month < 1 || month > 12) return false;
        if (day == 0) return true;
        return day <= YearMonth.of(year, month).lengthOfMonth();
    }
}
