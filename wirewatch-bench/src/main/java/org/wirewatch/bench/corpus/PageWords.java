package org.wirewatch.bench.corpus;

import java.util.List;

/**
 * The words of one language's page furniture, which the cleaner must remove: language switchers,
 * section names, caption label, byline, share and follow lines, promo label, the header and
 * footer of a sidebar of other headlines, reporter names and outlet names.
 */
record PageWords(
        List<String> switchers,
        List<String> sections,
        String photoLabel,
        String bylineOpener,
        List<String> shareLines,
        String readMore,
        String latestNews,
        String moreNews,
        String thousands,
        List<String> reporters,
        List<String> outlets) {

    PageWords {
        switchers = List.copyOf(switchers);
        sections = List.copyOf(sections);
        shareLines = List.copyOf(shareLines);
        reporters = List.copyOf(reporters);
        outlets = List.copyOf(outlets);
    }
}
