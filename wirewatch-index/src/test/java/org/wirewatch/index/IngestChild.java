package org.wirewatch.index;

import java.nio.file.Path;
import java.util.List;
import org.wirewatch.core.kb.KnowledgeBases;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.Mention;

/**
 * The child process {@link CrashSafetyTest} kills: adds invented articles without end, committing
 * every batch and printing "committed N" only after the commit returned.
 */
public final class IngestChild {
    private IngestChild() {}

    public static void main(String[] args) throws Exception {
        int batch = Integer.parseInt(args[1]);
        try (WirewatchIndex index = WirewatchIndex.open(Path.of(args[0]), KnowledgeBases.builtIn())) {
            for (int n = 0; ; n++) {
                index.add(article(n));
                if ((n + 1) % batch == 0) {
                    long committed = index.commit();
                    System.out.println("committed " + committed);
                    System.out.flush();
                }
            }
        }
    }

    static String id(int n) {
        return "crash-" + n;
    }

    private static Article article(int n) {
        String text = "Article " + n + ": Sybiha met ministers in Vienna about shipping lane " + n + ".";
        return Article.builder(id(n), text).lang("en").title("Article " + n).source("Crash Wire").published("2025-03-14")
                .entities(List.of(new Mention(text.indexOf("Sybiha"), text.indexOf("Sybiha") + 6, "Sybiha", "PER", "ww:sybiha", "Andrii Sybiha")))
                .build();
    }
}
