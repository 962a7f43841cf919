package org.wirewatch.core.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wirewatch.core.model.RawArticle;

/**
 * The two-file form of a stories gold set: a docs file (what the system sees: id, text, lang, …)
 * and a gold file (the answer: id and story), joined by article id into the members of a cluster
 * file, in the order of the docs file. A doc without a gold story, a gold line without a doc, and
 * a gold id given two stories are reported by file and line and left out.
 */
final class StoryDocs {
    private StoryDocs() {}

    /** One line of the gold file. */
    private record Answer(String id, String story, String where) {}

    static GoldFile<StoryLine> join(Path gold, Path docs) throws IOException {
        GoldFile<Answer> answers = GoldLines.read(gold, (node, where) -> new Answer(JsonFields.requiredText(node, "id"),
                JsonFields.requiredText(node, "story", "story_id", "cluster"), where.toString()));
        GoldFile<RawArticle> articles = GoldLines.read(docs, (node, where) -> {
            if (JsonFields.text(node, "id") == null) throw new GoldFormatException("missing \"id\" (docs are joined to their stories by id)");
            return GoldArticles.from(node, where, null);
        });
        List<String> errors = new ArrayList<>(answers.errors());
        errors.addAll(articles.errors());
        Map<String, Answer> storyOf = new LinkedHashMap<>();
        for (Answer a : answers.items()) {
            Answer before = storyOf.putIfAbsent(a.id(), a);
            if (before != null && !before.story().equals(a.story())) {
                errors.add(a.where() + ": article \"" + a.id() + "\" was given story \"" + before.story() + "\" before (" + before.where()
                        + "); the first is used");
            }
        }
        List<StoryLine> members = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int skipped = answers.skippedLines() + articles.skippedLines();
        for (RawArticle doc : articles.items()) {
            Answer a = storyOf.get(doc.id());
            seen.add(doc.id());
            if (a == null) {
                errors.add(doc.origin() + ": article \"" + doc.id() + "\" has no story in " + gold);
                skipped++;
            } else {
                members.add(new StoryLine.Member(doc, a.story()));
            }
        }
        for (Answer a : storyOf.values()) {
            if (!seen.contains(a.id())) {
                errors.add(a.where() + ": article \"" + a.id() + "\" is not in " + docs);
                skipped++;
            }
        }
        return new GoldFile<>(members, skipped, errors);
    }
}
