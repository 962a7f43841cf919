package org.wirewatch.core.extract.quotes;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.wirewatch.core.linguistics.AnalysedText;

import org.wirewatch.core.model.Mention;
import org.wirewatch.core.model.Quote;

/** One call of {@link QuoteExtractor#extract}: reads one text front to back, remembering who spoke. */
final class QuoteReader {
    /** How far after a closing mark the cue may stand ("…," Andriy Yermak, the head of …, wrote). */
    private static final int AFTER_WINDOW = 160;
    /** How far a speaker named after the verb may stand ("said Secretary of State Antony Blinken"). */
    private static final int AFTER_VERB = 60;
    /** How far before a name its office may stand ("U.S. Ambassador to NATO Julie Smith"). */
    private static final int OFFICE_LEAD = 40;
    /** Further than this from the quote it attributed, a cue before a quote is not this quote's. */
    private static final int STALE_CUE = 80;
    /** How many words into a clause with no "that" its verb may stand ("the deployment of … troops … would get"). */
    private static final int FINITE_REACH = 20;
    /** Words an attribution phrase and its speaker's name may take ("according to Secretary of State X"). */
    private static final int MAX_PHRASE_WORDS = 8;
    /** Longer than any reported sentence: bounds the search for its end. */
    private static final int MAX_REPORTED = 800;

    /** A reported clause [start, end) and what attributes it. */
    private record Reported(int start, int end, Attribution cue) {}

    private final String text;
    private final QuoteCues cues;
    private final Words words;
    private final List<QuoteSpan> spans;
    private final List<Mention> speakers;   // PER and ORG mentions outside quotes, in text order
    private final int[] speakerStarts;
    private final Set<String> personIds = new HashSet<>();
    private final BitSet opens = new BitSet();
    private final BitSet closes = new BitSet();
    private final BitSet quoted = new BitSet();
    /** People last named as a subject or last speaking, by offset: what "he" and "она" point back to. */
    private final TreeMap<Integer, Quote.Speaker> subjects = new TreeMap<>();
    /** Reported clauses found so far, in text order: a quote inside one with no cue of its own is its speaker's. */
    private final List<Reported> clauses = new ArrayList<>();

    QuoteReader(AnalysedText analysed, QuoteCues cues, List<Mention> entities) {
        this.text = analysed.text();
        this.cues = cues;
        this.words = Words.of(analysed);
        this.spans = QuoteMarks.find(text);
        for (QuoteSpan s : spans) {
            opens.set(s.open());
            closes.set(s.close());
            quoted.set(s.open(), s.close());
        }
        List<Mention> kept = new ArrayList<>();
        for (Mention m : entities) {
            if (("PER".equals(m.type()) || "ORG".equals(m.type())) && m.end() <= text.length() && !insideQuote(m.start()))
                kept.add(m);
        }
        kept.sort(Comparator.comparingInt(Mention::start));
        this.speakers = kept;
        this.speakerStarts = kept.stream().mapToInt(Mention::start).toArray();
        for (Mention m : kept) if ("PER".equals(m.type()) && m.id() != null) personIds.add(m.id());
    }

    List<Quote> read() {
        findSubjects();
        List<Quote> quotes = new ArrayList<>();
        Attribution previous = null;
        int previousEnd = -1;
        int reportedFrom = 0;
        for (int k = 0; k < spans.size(); k++) {
            QuoteSpan span = spans.get(k);
            reportedFrom = reported(reportedFrom, span.open(), quotes);
            Attribution a = attribute(span);
            if (a != null && previous != null && a.cueStart() == previous.cueStart() && a.cueEnd() < span.open()
                    && !continues(Math.max(previousEnd, previous.cueEnd()), span.open()) && span.open() - previousEnd > STALE_CUE)
                a = null;   // the cue of a quote long before, not of this one ("…,” stated X, who …, which Moscow calls “…”)
            if (a == null) a = cueOfNextInSentence(k);
            if (a == null && previous != null && continues(Math.max(previousEnd, previous.cueEnd()), span.open()))
                a = previous;   // the second half of a split quote, or the next paragraph of one
            if (a == null || a.speaker() == null) {
                Attribution outer = enclosing(span);
                if (outer != null) a = outer;
            }
            if (a != null) {
                quotes.add(new Quote(span.textStart(), span.textEnd(), text.substring(span.textStart(), span.textEnd()),
                        true, a.cue(), a.speaker()));
                remember(a);
                previous = a;
            } else {
                previous = null;
            }
            previousEnd = span.close() + 1;
            reportedFrom = Math.max(reportedFrom, span.close() + 1);
        }
        reported(reportedFrom, text.length(), quotes);
        quotes.sort(Comparator.comparingInt(Quote::start));
        return List.copyOf(quotes);
    }

    /** "supports “moves toward peace,” but … “credible,” he said": a quote shares the cue of the next one in its sentence. */
    private Attribution cueOfNextInSentence(int k) {
        if (k + 1 >= spans.size()) return null;
        QuoteSpan span = spans.get(k), next = spans.get(k + 1);
        for (int i = span.close() + 1; i < next.open(); i++) if (text.charAt(i) == '\n' || isSentenceEnd(i)) return null;
        int afterEnd = clauseEnd(next.close() + 1, Math.min(text.length(), next.close() + 1 + AFTER_WINDOW));
        return findCue(next.close() + 1, afterEnd, false);
    }

    /** True when only marks and spaces stand between the end of the last attributed quote and this one. */
    private boolean continues(int from, int open) {
        if (from > open) return false;
        for (int i = from; i < open; i++) if (Character.isLetterOrDigit(text.charAt(i))) return false;
        return true;
    }

    // ---- direct quotes

    private Attribution attribute(QuoteSpan span) {
        int afterEnd = clauseEnd(span.close() + 1, Math.min(text.length(), span.close() + 1 + AFTER_WINDOW));
        Attribution a = findCue(span.close() + 1, afterEnd, false);
        if (a != null && !cues.isParticiple(a.cue().toLowerCase(Locale.ROOT))) return a;
        // "He added that Putin “…” for peace, calling …": the verb before is the cue, the participle after is its sequel
        Attribution before = findCue(clauseStart(span.open()), span.open(), true);
        return before != null ? before : a;
    }

    /** A cue in [from, to): a source phrase, else a speech verb (the last one when {@code last}). */
    private Attribution findCue(int from, int to, boolean last) {
        if (from >= to) return null;
        int first = words.firstAtOrAfter(from);
        int stop = words.firstAtOrAfter(to);
        Attribution phrase = sourcePhrase(first, stop);
        if (phrase != null) return phrase;
        for (int k = 0; k < stop - first; k++) {
            int i = last ? stop - 1 - k : first + k;
            if (words.end(i) > to) continue;
            if (isVerbAt(i))
                return new Attribution(text.substring(words.start(i), words.end(i)), words.start(i), words.end(i),
                        speakerOf(i, from, to));
        }
        return null;
    }

    /** The first source phrase ("according to X", "по его словам") found in words [first, stop). */
    private Attribution sourcePhrase(int first, int stop) {
        for (List<String> phrase : cues.sourcePhrases()) {
            for (int i = first; i + phrase.size() <= stop; i++) {
                Attribution a = phraseAt(phrase, i, stop);
                if (a != null) return a;
            }
        }
        return null;
    }

    /** A source phrase starting at word {@code i}, or null. */
    private Attribution sourcePhraseAt(int i) {
        int stop = Math.min(words.size(), i + MAX_PHRASE_WORDS);
        for (List<String> phrase : cues.sourcePhrases()) {
            Attribution a = phraseAt(phrase, i, stop);
            if (a != null) return a;
        }
        return null;
    }

    private Attribution phraseAt(List<String> phrase, int i, int stop) {
        Quote.Speaker speaker = null;
        int w = i;
        for (String part : phrase) {
            if (w >= stop) return null;
            if (!part.equals(QuoteCues.SLOT)) {
                if (!words.lower(w).equals(part)) return null;
                w++;
                continue;
            }
            Mention m = mentionAt(words.start(w));
            if (m != null) {
                speaker = speaker(m);
                w = words.firstAtOrAfter(m.end());
            } else if (cues.isPronoun(words.lower(w))) {
                speaker = resolve(words.start(w), words.end(w));
                w++;
            } else {
                return null;
            }
        }
        int end = words.end(Math.min(w, stop) - 1);
        return new Attribution(text.substring(words.start(i), end), words.start(i), end, speaker);
    }

    // ---- reported speech: "X said that …", "X said the talks failed", "По его словам, …", "Об этом заявил X"

    /** Adds reported speech whose cue lies in [from, to); returns where the next search starts (past any clause found). */
    private int reported(int from, int to, List<Quote> quotes) {
        int stop = words.firstAtOrAfter(to);
        int next = to;
        for (int i = words.firstAtOrAfter(from); i < stop; i++) {
            if (insideQuote(words.start(i))) continue;
            Reported r = reportedAt(i);
            if (r == null || overlapsAny(r, quotes)) continue;
            Quote q = new Quote(r.start(), r.end(), text.substring(r.start(), r.end()), false, r.cue().cue(), r.cue().speaker());
            quotes.add(q);
            clauses.add(r);
            remember(r.cue());
            next = Math.max(next, r.end());
            i = Math.max(i, words.firstAtOrAfter(r.end()) - 1);
        }
        return next;
    }

    private static boolean overlapsAny(Reported r, List<Quote> quotes) {
        for (Quote q : quotes) if (q.start() < r.end() && r.start() < q.end()) return true;
        return false;
    }

    private Reported reportedAt(int i) {
        Reported r = afterSourcePhrase(i);
        if (r != null || !isVerbAt(i)) return r;
        r = recap(i);
        return r != null ? r : afterVerb(i);
    }

    /** "According to him, the talks failed", "По его словам, …": a source phrase opening its clause, then a comma. */
    private Reported afterSourcePhrase(int i) {
        Attribution a = sourcePhraseAt(i);
        if (a == null || !onlyMarks(clauseStart(words.start(i)), words.start(i))) return null;
        int comma = a.cueEnd();
        while (comma < text.length() && text.charAt(comma) == ' ') comma++;
        if (comma >= text.length() || text.charAt(comma) != ',') return null;
        return clause(skipSpaces(comma + 1), a);
    }

    /** "Об этом заявил X": the sentence before is what X said. */
    private Reported recap(int v) {
        for (List<String> phrase : cues.recapPhrases()) {
            int first = v - phrase.size();
            if (first < 0) continue;
            boolean match = true;
            for (int k = 0; k < phrase.size() && match; k++) match = words.lower(first + k).equals(phrase.get(k));
            if (!match || !onlyMarks(clauseStart(words.start(first)), words.start(first))) continue;
            int sentenceEnd = clauseStart(words.start(first));
            int end = sentenceEnd;
            while (end > 0 && (Character.isWhitespace(text.charAt(end - 1)) || ".!?…".indexOf(text.charAt(end - 1)) >= 0)) end--;
            int start = clauseStart(end);
            if (end <= start || quoted.get(start, end).cardinality() > 0 || isHeadline(start, end)) return null;
            Attribution a = new Attribution(text.substring(words.start(v), words.end(v)), words.start(v), words.end(v),
                    speakerOf(v, words.start(first), clauseEnd(words.end(v), text.length())));
            return new Reported(start, end, a);
        }
        return null;
    }

    /** A line with no sentence end of its own, as a headline is, reports nobody's words. */
    private boolean isHeadline(int start, int end) {
        return end < text.length() && ".!?…".indexOf(text.charAt(Math.min(text.length() - 1, end))) < 0
                && (start == 0 || text.charAt(start - 1) == '\n');
    }

    /** "X said (Thursday) (that) the talks failed": the clause after a speech verb with a subject. */
    private Reported afterVerb(int v) {
        int j = v + 1;
        while (j < words.size() && j - v <= 3 && cues.isAdjunct(words.lower(j)) && onlySpaces(words.end(j - 1), words.start(j))) j++;
        if (j >= words.size()) return null;
        int start;
        if (cues.isConnector(words.lower(j)) && onlySpacesAndCommas(words.end(j - 1), words.start(j))) {
            start = skipSpaces(words.end(j));
            if (start >= text.length() || opens.get(start)) return null;   // "said that “…”": the direct quote carries it
        } else {
            if (!onlySpaces(words.end(j - 1), words.start(j)) || !opensClause(j)) return null;
            start = words.start(j);
            if (!hasFiniteWord(j + 1, Math.min(words.size(), j + FINITE_REACH), reportedEnd(start))) return null;
        }
        if (!cues.isConnector(words.lower(j)) && !hasSubject(v)) return null;   // checked first: speakerOf is the dear part
        Quote.Speaker speaker = speakerOf(v, clauseStart(words.start(v)), start);
        return clause(start, new Attribution(text.substring(words.start(v), words.end(v)), words.start(v), words.end(v), speaker));
    }

    private Reported clause(int start, Attribution a) {
        if (start >= text.length() || opens.get(start)) return null;   // "По его словам, «…»": the direct quote carries it
        int end = reportedEnd(start);
        while (end > start && ".!?…,".indexOf(text.charAt(end - 1)) >= 0) end--;
        return end - start < 3 ? null : new Reported(start, end, a);
    }

    private boolean opensClause(int j) {
        char c = text.charAt(words.start(j));
        return cues.isClauseOpener(words.lower(j)) || Character.isUpperCase(c) || Character.isDigit(c);
    }

    /**
     * A subject stands right before the verb (over "also", "has"): a person or organisation, a pronoun,
     * "officials", an office, or a word that hands the verb another's subject ("and", "who", "adding").
     */
    private boolean hasSubject(int v) {
        if (cues.isParticiple(words.lower(v))) return true;
        int p = v - 1;
        while (p >= 0 && cues.isGap(words.lower(p)) && !cues.isSpeakerNoun(words.lower(p))) p--;
        if (p < 0) return false;
        String w = words.lower(p);
        if (onlyGapWords(words.end(p), words.start(v)) && (cues.isPronoun(w) || cues.isSpeakerNoun(w) || cues.isOffice(w)
                || cues.isCoordinator(w) || cues.isRelative(w))) return true;
        return subjectBefore(words.start(v), clauseStart(words.start(v))) != null;
    }

    private boolean hasFiniteWord(int from, int stop, int end) {
        for (int k = from; k < stop && words.end(k) <= end; k++) if (cues.isFinite(words.lower(k))) return true;
        return false;
    }

    /** Where a reported clause ends: its sentence's end or a line break, passing over the quotes inside it. */
    private int reportedEnd(int start) {
        int limit = Math.min(text.length(), start + MAX_REPORTED);
        for (int i = start; i < limit; i++) {
            if (quoted.get(i)) continue;
            char c = text.charAt(i);
            if (c == '\n') return i;
            if (closes.get(i)) continue;
            if (isSentenceEnd(i)) return i + 1;
            if (c == ',' && participleAfter(i)) return i;   // ", adding that …" reports a clause of its own
        }
        return limit;
    }

    private boolean participleAfter(int comma) {
        int w = words.firstAtOrAfter(comma);
        return w < words.size() && cues.isParticiple(words.lower(w)) && onlySpaces(comma + 1, words.start(w));
    }

    private int skipSpaces(int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '\n') i++;
        return i;
    }

    /** The reported clause holding a quote, for a quote with no speaker of its own ("…and the latest example of “…”"). */
    private Attribution enclosing(QuoteSpan span) {
        for (int k = clauses.size() - 1; k >= 0; k--) {
            Reported r = clauses.get(k);
            if (r.start() <= span.open() && span.close() < r.end() + 2 && r.cue().speaker() != null) return r.cue();
        }
        return null;
    }

    /** A speech verb, but not a capitalised word inside a clause ("the United States"), which is a name. */
    private boolean isVerbAt(int i) {
        if (!cues.isSpeechVerb(words.lower(i))) return false;
        int start = words.start(i);
        return !Character.isUpperCase(text.charAt(start)) || onlyMarks(clauseStart(start), start);
    }

    private boolean onlyMarks(int from, int to) {
        for (int i = from; i < to; i++) if (Character.isLetterOrDigit(text.charAt(i))) return false;
        return true;
    }

    // ---- speakers

    /** The speaker of the verb at word {@code v}, looking no further than [from, to). */
    private Quote.Speaker speakerOf(int v, int from, int to) {
        int verbStart = words.start(v);
        int verbEnd = words.end(v);
        if (cues.isParticiple(words.lower(v))) return sentenceSubject(verbStart);
        Mention before = subjectBefore(verbStart, from);
        if (before != null)
            return "ORG".equals(before.type()) && holdsOffice(before, from) ? headOf(before) : speaker(before);
        Mention antecedent = antecedent(v);
        if (antecedent != null) return speaker(antecedent);
        int p = v - 1;
        while (p >= 0 && words.start(p) >= from && cues.isGap(words.lower(p))) p--;
        if (p >= 0 && words.start(p) >= from && cues.isCoordinator(words.lower(p))) {
            // "Blinken made the pledge … and also said": the verb shares the clause's subject
            Map.Entry<Integer, Quote.Speaker> subject = subjects.ceilingEntry(from);
            if (subject != null && subject.getKey() < words.start(p)) return subject.getValue();
        }
        if (p >= 0 && words.start(p) >= from && cues.isPronoun(words.lower(p)) && onlyGapWords(words.end(p), verbStart))
            return resolve(words.start(p), words.end(p));
        if (v + 1 < words.size() && words.end(v + 1) <= to && cues.isPronoun(words.lower(v + 1))
                && onlySpaces(verbEnd, words.start(v + 1)))
            return resolve(words.start(v + 1), words.end(v + 1));
        Quote.Speaker named = namedAfter(verbEnd, Math.min(to, verbEnd + AFTER_VERB));
        if (named != null) return named;
        Quote.Speaker office = office(phraseStart(verbStart, from), verbStart);
        return office != null ? office : channelOwner(v, from, to);
    }

    /** "…, adding that": a participle's subject is the one its sentence last gave a verb of saying. */
    private Quote.Speaker sentenceSubject(int verbStart) {
        Map.Entry<Integer, Quote.Speaker> last = subjects.floorEntry(verbStart - 1);
        return last != null && last.getKey() >= sentenceStart(verbStart) ? last.getValue() : null;
    }

    /** "Jens Stoltenberg, who said …": the person a relative pronoun right before the verb stands for. */
    private Mention antecedent(int v) {
        int p = v - 1;
        while (p >= 0 && cues.isGap(words.lower(p))) p--;
        if (p < 0 || !cues.isRelative(words.lower(p)) || !onlyGapWords(words.end(p), words.start(v))) return null;
        int comma = words.start(p) - 1;
        while (comma >= 0 && text.charAt(comma) == ' ') comma--;
        if (comma < 0 || text.charAt(comma) != ',') return null;
        int k = firstFrom(0);
        Mention last = null;
        for (; k < speakers.size() && speakers.get(k).end() <= comma; k++) last = speakers.get(k);
        return last != null && "PER".equals(last.type()) && onlySpaces(last.end(), comma) ? last : null;
    }

    /** Where the sentence holding {@code offset} begins, passing over the quotes inside it. */
    private int sentenceStart(int offset) {
        for (int i = offset - 1; i >= 0; i--) {
            if (quoted.get(i) || closes.get(i)) continue;
            if (text.charAt(i) == '\n' || isSentenceEnd(i)) return i + 1;
        }
        return 0;
    }

    /** Where the noun phrase ending at {@code end} begins: after the last comma, dash or clause start. */
    private int phraseStart(int end, int from) {
        int i = end;
        while (i > from && ",;:—–(".indexOf(text.charAt(i - 1)) < 0) i--;
        return i;
    }

    /**
     * For "the Telegram post said": the owner of the channel when the text has said whose it is
     * ("according to his official Telegram account", "Zelensky's Telegram channel"), looking back
     * to the nearest earlier mention of a channel only; otherwise null.
     */
    private Quote.Speaker channelOwner(int v, int from, int to) {
        int c = -1;
        for (int i = v - 1; i >= 0 && words.start(i) >= from && c < 0; i--) if (cues.isChannel(words.lower(i))) c = i;
        for (int i = v + 1; i < words.size() && words.end(i) <= to && i <= v + 3 && c < 0; i++)
            if (cues.isChannel(words.lower(i))) c = i;
        if (c < 0) return null;
        while (c > 0 && cues.isChannel(words.lower(c - 1))) c--;
        Quote.Speaker own = ownerBefore(c);
        if (own != null) return own;
        for (int i = c - 1; i >= 0 && i >= c - 200; i--) {
            if (!cues.isChannel(words.lower(i))) continue;
            while (i > 0 && cues.isChannel(words.lower(i - 1))) i--;
            Quote.Speaker earlier = ownerBefore(i);
            // the nearest earlier channel decides ("Zelensky thanked the US in a tweet"); an owner further back would be a guess
            return earlier != null ? earlier : sentenceSubject(words.start(i));
        }
        return null;
    }

    /** "his [official] Telegram", "Zelensky's Telegram", "Zelensky Telegram": the owner named just before word {@code c}. */
    private Quote.Speaker ownerBefore(int c) {
        for (int i = c - 1; i >= 0 && i >= c - 3; i--) {
            if (cues.isPossessive(words.lower(i))) return resolve(words.start(i), words.end(i));
            int k = firstFrom(words.start(i));
            if (k < speakers.size() && speakers.get(k).end() <= words.end(i) + 2 && speakers.get(k).start() < words.start(c)
                    && "PER".equals(speakers.get(k).type()))
                return speaker(speakers.get(k));
            if (i < c - 1 && Character.isUpperCase(text.charAt(words.start(i)))) break;
        }
        return null;
    }

    /** "said Blinken", "сказал госсекретарь Блинкен", "added the NATO Secretary General". */
    private Quote.Speaker namedAfter(int from, int to) {
        int end = from;
        while (end < to && (Character.isLetterOrDigit(text.charAt(end)) || Character.isWhitespace(text.charAt(end))
                || text.charAt(end) == '-' || text.charAt(end) == '\'' || text.charAt(end) == '\u2019')) end++;
        Mention org = null;
        for (int k = firstFrom(from); k < speakers.size(); k++) {
            Mention m = speakers.get(k);
            if (m.end() > end) break;
            if ("PER".equals(m.type())) return speaker(m);
            if (org == null) org = m;
        }
        Quote.Speaker office = office(from, end);
        if (office != null) return office;
        if (org != null && text.substring(org.end(), end).isBlank()) return speaker(org);
        return null;
    }

    /** A person named earlier right after the office that this phrase names ("NATO Secretary General Jens Stoltenberg"). */
    private Quote.Speaker office(int from, int to) {
        int first = words.firstAtOrAfter(from);
        int stop = words.firstAtOrAfter(to);
        if (stop - first < 1) return null;
        // longest phrase first; a single word only when it names an office ("the Ambassador")
        for (int i = first; i < stop; i++) {
            if (i == stop - 1 && !cues.isOffice(words.lower(i))) break;
            String phrase = text.substring(words.start(i), words.end(stop - 1)).toLowerCase(Locale.ROOT);
            if (!Character.isUpperCase(text.charAt(words.start(i)))) continue;   // offices are capitalised after "the"
            for (int k = speakers.size() - 1; k >= 0; k--) {
                Mention m = speakers.get(k);
                if (m.start() >= from || !"PER".equals(m.type())) continue;
                // the office stands shortly before the name, in the same sentence ("U.S. Ambassador to NATO Julie Smith")
                int lead = Math.max(clauseStart(m.start()), m.start() - OFFICE_LEAD);
                if (text.substring(lead, m.start()).toLowerCase(Locale.ROOT).contains(phrase))
                    return new Quote.Speaker(m.id(), speaker(m).name(), words.start(first), words.end(stop - 1));
            }
        }
        return null;
    }

    /** True when the words around an organisation name an office in it: "the head of the Alliance", "the NATO chief". */
    private boolean holdsOffice(Mention org, int from) {
        int i = words.firstAtOrAfter(org.start()) - 1;
        for (int k = 0; k < 3 && i >= 0 && words.start(i) >= from; k++, i--) if (cues.isOffice(words.lower(i))) return true;
        int after = words.firstAtOrAfter(org.end());
        return after < words.size() && cues.isOffice(words.lower(after));
    }

    /**
     * The person last introduced together with this organisation ("NATO Secretary General Jens
     * Stoltenberg"), for "the head of the Alliance"; null when no one was, since the office alone names no one.
     */
    private Quote.Speaker headOf(Mention org) {
        Mention lastOrg = null;
        Quote.Speaker found = null;
        for (Mention m : speakers) {
            if (m.start() >= org.start()) break;
            if ("ORG".equals(m.type()) && Objects.equals(m.id(), org.id())) lastOrg = m;
            else if ("PER".equals(m.type()) && lastOrg != null && m.start() - lastOrg.end() < 40
                    && onlyNameWords(lastOrg.end(), m.start())) {
                Quote.Speaker head = speaker(m);
                found = new Quote.Speaker(head.id(), head.name(), org.start(), org.end());
            }
        }
        return found;
    }

    private boolean onlyNameWords(int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '.' || c == '\n' || c == '(' || c == ';') return false;
        }
        return true;
    }

    private Quote.Speaker resolve(int start, int end) {
        Map.Entry<Integer, Quote.Speaker> last = subjects.floorEntry(start - 1);
        return last == null ? null : new Quote.Speaker(last.getValue().id(), last.getValue().name(), start, end);
    }

    private void remember(Attribution a) {
        if (a.speaker() != null && isPerson(a.speaker())) subjects.put(a.cueStart(), a.speaker());
    }

    private boolean isPerson(Quote.Speaker s) {
        return personIds.contains(s.id());
    }

    /** People followed by a speech verb or opening a sentence: the subjects a later "he" may mean. */
    private void findSubjects() {
        for (Mention m : speakers) {
            if (!"PER".equals(m.type())) continue;
            int i = words.firstAtOrAfter(m.end());
            while (i < words.size() && cues.isGap(words.lower(i))) i++;
            boolean speaks = i < words.size() && cues.isSpeechVerb(words.lower(i)) && onlyGapWords(m.end(), words.start(i));
            boolean opens = onlyTitleWords(clauseStart(m.start()), m.start());
            if (speaks || opens) subjects.put(m.start(), speaker(m));
        }
    }

    /** Before a name that opens its clause only titles may stand: "US Secretary of State Antony Blinken". */
    private boolean onlyTitleWords(int from, int to) {
        int stop = words.firstAtOrAfter(to);
        for (int i = words.firstAtOrAfter(from); i < stop; i++) {
            if (!Character.isUpperCase(text.charAt(words.start(i))) && words.lower(i).length() > 3) return false;
        }
        return true;
    }

    private Quote.Speaker speaker(Mention m) {
        return new Quote.Speaker(m.id(), m.name() != null ? m.name() : m.text(), m.start(), m.end());
    }

    private Mention mentionAt(int offset) {
        int k = firstFrom(offset);
        return k < speakers.size() && speakers.get(k).start() == offset ? speakers.get(k) : null;
    }

    /** The index of the first speaker mention starting at or after {@code offset}. */
    private int firstFrom(int offset) {
        int k = Arrays.binarySearch(speakerStarts, offset);
        if (k < 0) return -k - 1;
        while (k > 0 && speakerStarts[k - 1] == offset) k--;
        return k;
    }

    /** The name right before the verb ("Blinken also said"), or one set off by an appositive ("Yermak, the head of …, wrote"). */
    private Mention subjectBefore(int verbStart, int from) {
        int first = firstFrom(from);
        Mention last = null;
        for (int k = first; k < speakers.size() && speakers.get(k).end() <= verbStart; k++) last = speakers.get(k);
        if (last == null) return null;
        if (onlyGapWords(last.end(), verbStart)) return last;
        for (int k = first; k < speakers.size() && speakers.get(k).end() <= verbStart; k++)
            if (appositive(speakers.get(k).end(), verbStart)) return speakers.get(k);
        return nameInAppositive(first, verbStart);
    }

    /** "One soldier, Yurii Syrotiuk of the 5th brigade, said": a person opening the set-off phrase before the verb. */
    private Mention nameInAppositive(int first, int verbStart) {
        int comma = verbStart - 1;
        while (comma >= 0 && text.charAt(comma) == ' ') comma--;
        if (comma < 0 || text.charAt(comma) != ',') return null;
        int open = comma - 1;
        while (open >= 0 && ",.\n".indexOf(text.charAt(open)) < 0) open--;
        if (open < 0 || text.charAt(open) != ',') return null;
        for (int k = first; k < speakers.size() && speakers.get(k).end() <= comma; k++) {
            Mention m = speakers.get(k);
            if (m.start() > open && "PER".equals(m.type()) && onlySpaces(open + 1, m.start())) return m;
        }
        return null;
    }

    // ---- text shape

    private boolean insideQuote(int offset) {
        return quoted.get(offset);
    }

    /** Where the clause holding {@code offset} begins: after a sentence end, a line break or a quote. */
    private int clauseStart(int offset) {
        for (int i = offset - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n') return i + 1;
            if (isSentenceEnd(i)) return i + 1;
            if (isQuoteClose(i)) return i + 1;
        }
        return 0;
    }

    /** Where the clause from {@code offset} ends, at most {@code limit}: a sentence end, line break or quote. */
    private int clauseEnd(int offset, int limit) {
        for (int i = offset; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '\n') return i;
            if (isSentenceEnd(i)) return i + 1;
            if (isQuoteOpen(i)) return i;
        }
        return limit;
    }

    private boolean isSentenceEnd(int i) {
        char c = text.charAt(i);
        if (c != '.' && c != '!' && c != '?') return false;
        if (i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1))) return false;
        // a period after a lone capital ends an initial or abbreviation ("U.S.", "J. Smith"), not a sentence
        return c != '.' || i < 1 || !Character.isUpperCase(text.charAt(i - 1))
                || (i >= 2 && Character.isLetter(text.charAt(i - 2)));
    }

    private boolean isQuoteClose(int i) {
        return closes.get(i);
    }

    private boolean isQuoteOpen(int i) {
        return opens.get(i);
    }

    private boolean onlySpaces(int from, int to) {
        return text.substring(from, to).isBlank();
    }

    private boolean onlySpacesAndCommas(int from, int to) {
        for (int i = from; i < to; i++) if (text.charAt(i) != ',' && !Character.isWhitespace(text.charAt(i))) return false;
        return true;
    }

    /** Between a subject and its verb: spaces and words such as "also" only. */
    private boolean onlyGapWords(int from, int to) {
        if (from > to) return false;
        int i = words.firstAtOrAfter(from);
        for (int pos = from; pos < to; pos++) {
            char c = text.charAt(pos);
            if (Character.isWhitespace(c)) continue;
            if (i < words.size() && words.start(i) == pos && words.end(i) <= to && cues.isGap(words.lower(i))) {
                pos = words.end(i) - 1;
                i++;
                continue;
            }
            return false;
        }
        return true;
    }

    /** ", the head of the president's office," between a name and its verb. */
    private boolean appositive(int from, int to) {
        String gap = text.substring(from, to).strip();
        if (gap.length() < 3 || gap.charAt(0) != ',' || gap.charAt(gap.length() - 1) != ',') return false;
        int stop = words.firstAtOrAfter(to);
        for (int i = words.firstAtOrAfter(from); i < stop; i++) if (cues.isSpeechVerb(words.lower(i))) return false;
        return gap.indexOf('.') < 0;
    }
}
