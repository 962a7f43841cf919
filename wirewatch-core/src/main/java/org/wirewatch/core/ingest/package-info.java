/**
 * Readers: turn files, directory trees and standard input into {@link org.wirewatch.core.model.RawArticle}s.
 *
 * <p>The one class a caller needs is {@link org.wirewatch.core.ingest.ArticleInputs}; everything else
 * here is package-private. Formats: plain UTF-8 text (one article per file), JSON Lines, HTML
 * (Readability main text plus page metadata), RSS/Atom (one article per item) and WARC (one
 * article per HTML response or resource record), each optionally gzip-compressed. The format is
 * recognised from content first (gzip magic, "WARC/", the root element of markup) and the file
 * extension second.
 *
 * <p>Conventions shared by all readers:
 * <ul>
 *   <li>Ids: an id in the input is kept verbatim; otherwise the file name without extensions
 *       (single-article files), else the item URL / guid / WARC-Target-URI, else the first 16 hex
 *       digits of the SHA-1 of the text.</li>
 *   <li>{@code published} is ISO-8601 at the precision the input gave, offset kept when given
 *       ("2024-11-13T17:21:00+02:00"), none invented when absent ("2024-11-13T17:21", to the precision given); feed
 *       dates and WARC-Date are instants, written in UTC ("…Z"). Unparseable dates are null.</li>
 *   <li>{@code lang} is a two-letter ISO 639-1 code or null.</li>
 *   <li>Text from markup has paragraphs separated by a blank line; text files are kept byte-exact
 *       apart from a UTF-8 byte-order mark.</li>
 *   <li>Positions inside inputs are "line N" (JSONL, 1-based physical lines), "item N" (feeds),
 *       "record N" (WARC, counting every record); byte offsets count the uncompressed stream.</li>
 * </ul>
 */
package org.wirewatch.core.ingest;
