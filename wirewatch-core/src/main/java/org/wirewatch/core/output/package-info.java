/**
 * Writing analysed articles out: {@link org.wirewatch.core.output.ArticleJson} is the record's JSON
 * form that {@code analyze}, the index's stored field and the API share; the
 * {@link org.wirewatch.core.output.ExportFormat}s behind {@code wirewatch export} write JSONL, CSV and
 * GDELT-shaped event and GKG tables.
 */
package org.wirewatch.core.output;
