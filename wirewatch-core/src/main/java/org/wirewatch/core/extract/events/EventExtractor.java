package org.wirewatch.core.extract.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.wirewatch.core.kb.KnowledgeBase;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.Check;
import org.wirewatch.core.model.Event;
import org.wirewatch.core.linguistics.morph.Morphologies;
import org.wirewatch.core.linguistics.morph.Morphology;
import org.wirewatch.core.linguistics.text.Sentence;
import org.wirewatch.core.linguistics.text.TextSplitter;

/**
 * Finds events — who did what to whom, where, when, how many — in an analysed English, Russian
 * or Ukrainian article, from its entities, office titles, quotes, dates and amounts
 * (docs/events.md). Conservative: a trigger word gives an event only when the sentence tells it
 * as fact and names at least one participant or place.
 *
 * <pre>{@code
 * EventExtractor events = new EventExtractor(KnowledgeBases.builtIn(), morphologies);
 * List<Event> found = events.extract(article);   // article from the earlier stages
 * }</pre>
 *
 * Thread-safe: build one, keep it, share it. Languages without cues give no events.
 */
public final class EventExtractor {
    private final KnowledgeBase kb;
    private final TextSplitter splitter = new TextSplitter();
    private final Map<String, Language> byLanguage;

    public EventExtractor(KnowledgeBase kb, Morphologies morphologies) {
        Check.notNullParam(kb, "kb");
        Check.notNullParam(morphologies, "morphologies");
        this.kb = kb;
        Map<String, Language> map = new HashMap<>();
        for (EventCues cues : List.of(new EnglishEventCues(), new RussianEventCues(), new UkrainianEventCues())) {
            Morphology morphology = morphologies.forLanguage(cues.language()).orElseThrow();
            map.put(cues.language(), new Language(cues, new ReadingCache(morphology), new SentenceEvents(cues)));
        }
        this.byLanguage = Map.copyOf(map);
    }

    private record Language(EventCues cues, ReadingCache morphology, SentenceEvents reader) {}

    /** The events of the article, in the order they are first told; one event told several times is one. */
    public List<Event> extract(Article article) {
        Check.notNullParam(article, "article");
        Language language = article.lang() == null ? null : byLanguage.get(article.lang().toLowerCase(Locale.ROOT));
        if (language == null || article.text().isEmpty()) return List.of();
        ArticleContext context = new ArticleContext(article, kb);
        List<Draft> drafts = new ArrayList<>();
        for (Sentence sentence : splitter.sentences(article.text(), article.lang())) {
            SentenceView view = new SentenceView(sentence, language.morphology(), language.cues(), context);
            drafts.addAll(language.reader().read(view, context));
        }
        return new EventMerger(context).merge(drafts).stream().map(Draft::toEvent).toList();
    }
}
