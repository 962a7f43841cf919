package org.wirewatch.core.kb;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.wirewatch.core.model.Check;

/**
 * The front door to the knowledge base.
 *
 * <pre>{@code
 * KnowledgeBase kb = KnowledgeBases.builtIn();
 * kb.find("Блінкен", "uk");                 // [Antony Blinken]
 * kb.countryOfDemonym("російських", "uk", packs.demonymInflections());  // Russia
 * }</pre>
 */
public final class KnowledgeBases {
    private KnowledgeBases() {}

    /** Lazy holder: the JVM builds the built-in base once, on first use, and publishes it safely. */
    private static final class BuiltIn {
        static final KbContent CONTENT = BuiltInData.load();
        static final KnowledgeBase BASE = new IndexedKnowledgeBase(CONTENT);
    }

    /**
     * The knowledge base shipped with Wirewatch: CLDR countries and territories in seven
     * languages, and the curated gazetteer of places, organisations and people in the news, with
     * their offices. Built on the first call (a fraction of a second), the same instance after.
     */
    public static KnowledgeBase builtIn() {
        return BuiltIn.BASE;
    }

    /**
     * The built-in base plus the entities {@code wirewatch kb import} stored under
     * {@code dataDir/kb/}; just the built-in base when nothing was imported. Imported Wikidata
     * items take precedence: a built-in entity that matches one by labels and type is merged
     * into it under its Q-id (the old id still resolves through {@link KnowledgeBase#byId}).
     * Builds a new base on every call, so keep the result. Lines of the stored file that cannot
     * be read are reported on standard error with file and line, and skipped.
     */
    public static KnowledgeBase withImported(Path dataDir) {
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        return withImported(dataDir, message -> err.println("warning: " + message));
    }

    /** As {@link #withImported(Path)}, sending each problem with the stored file to {@code problems}. */
    public static KnowledgeBase withImported(Path dataDir, Consumer<String> problems) {
        Check.notNullParam(dataDir, "dataDir");
        Check.notNullParam(problems, "problems");
        Path stored = ImportedStore.file(dataDir);
        if (!Files.exists(stored)) return builtIn();
        List<KbEntity> imported = ImportedStore.read(stored, problems);
        return new IndexedKnowledgeBase(EntityMerger.merge(BuiltIn.CONTENT, imported));
    }
}
