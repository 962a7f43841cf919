package org.wirewatch.core.extract.events;

import org.wirewatch.core.linguistics.AnalysedText;
import org.wirewatch.core.model.BoundedMemo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.wirewatch.core.kb.KnowledgeBase;
import org.wirewatch.core.lang.LanguagePack;
import org.wirewatch.core.lang.LanguagePacks;
import org.wirewatch.core.lang.PackFile;
import org.wirewatch.core.linguistics.morph.Morphology;
import org.wirewatch.core.linguistics.text.TextSplitter;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.Check;
import org.wirewatch.core.model.Event;

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
    /** The pack file of event cues. */
    static final String CUES = "events.cues";

    private final KnowledgeBase kb;
    /** Cuts an article handed in without its analysed text the way the pipeline cuts it. */
    private final TextSplitter splitter;
    private final LanguagePacks packs;
    private final Map<String, LanguageEvents> byLanguage;
    private final FoldedForms folded = new FoldedForms();

    /** Events in every language whose pack has {@code events.cues} and a morphology. */
    public EventExtractor(KnowledgeBase kb, LanguagePacks packs) {
        Check.notNullParam(kb, "kb");
        Check.notNullParam(packs, "packs");
        this.kb = kb;
        Map<String, LanguageEvents> map = new HashMap<>();
        for (LanguagePack pack : packs.all()) {
            Optional<PackFile> file = pack.file(CUES);
            Optional<Morphology> morphology = packs.morphology(pack.language());
            if (file.isEmpty() || morphology.isEmpty()) continue;
            EventCues cues = new FileEventCues(pack.language().code(), file.get(), packs.vocabulary(pack.language()),
                    packs.uposTags(pack.language()));
            map.put(cues.language(), new LanguageEvents(cues, new SentenceEvents(cues)));
        }
        this.byLanguage = Map.copyOf(map);
        this.splitter = new TextSplitter(packs);
        this.packs = packs;
    }

    /** Whether events are found in this language. */
    public boolean supports(String lang) {
        return lang != null && byLanguage.containsKey(lang);
    }

    private record LanguageEvents(EventCues cues, SentenceEvents reader) {}

    /** The events of the article, in the order they are first told; one event told several times is one. */
    public List<Event> extract(Article article) {
        Check.notNullParam(article, "article");
        return extract(article, AnalysedText.of(article.text(), article.lang(), splitter, packs));
    }

    /** As {@link #extract(Article)}, over the article's sentences as the pipeline cut them. */
    public List<Event> extract(Article article, AnalysedText text) {
        Check.notNullParam(article, "article");
        Check.notNullParam(text, "text");
        LanguageEvents language = article.lang() == null ? null : byLanguage.get(article.lang().toLowerCase(Locale.ROOT));
        if (language == null || article.text().isEmpty()) return List.of();
        ArticleContext context = new ArticleContext(article, kb);
        List<Draft> drafts = new ArrayList<>();
        // the readings the pipeline's analysed text remembers; one cut without a morphology reads the dictionary here
        AnalysedText read = text.morphology().isPresent() ? text
                : AnalysedText.of(text.text(), text.language(), splitter, packs);
        BoundedMemo<String, List<String>> forms = folded.of(read);
        for (int s = 0; s < read.sentences().size(); s++) {
            SentenceView view = new SentenceView(read, s, language.cues(), context, forms);
            drafts.addAll(language.reader().read(view, context));
        }
        return new EventMerger(context).merge(drafts).stream().map(Draft::toEvent).toList();
    }
}
