package org.wirewatch.core.output;

import java.io.IOException;
import java.io.Writer;
import org.wirewatch.core.output.ArticleJson;
import org.wirewatch.core.model.Article;

/** One article record per line, exactly as {@code analyze} writes them (README: The article record). */
public final class JsonlExportFormat implements ExportFormat {
    private final ArticleJson json = new ArticleJson();

    @Override
    public String name() {
        return "jsonl";
    }

    @Override
    public ExportWriter open(Writer out) {
        return new ExportWriter() {
            @Override
            public void write(Article article) throws IOException {
                out.write(json.toLine(article));
                out.write('\n');
            }

            @Override
            public void close() throws IOException {
                out.flush();
            }
        };
    }
}
