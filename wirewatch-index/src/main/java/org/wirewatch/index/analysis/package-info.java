/**
 * How the store analyses text for search, one {@link org.wirewatch.index.analysis.TextAnalysis} per
 * language (English and Russian stems, Ukrainian dictionary lemmas, a generic fallback), each with its
 * own body field, so a query is analysed as each language's articles were and finds inflected forms in
 * every language at once. {@link org.wirewatch.index.analysis.TextAnalyses#standard()} lists them.
 */
package org.wirewatch.index.analysis;
