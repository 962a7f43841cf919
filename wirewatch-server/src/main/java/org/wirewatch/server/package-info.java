/**
 * {@code wirewatch serve}: {@link org.wirewatch.server.WirewatchServer} serves the JSON API (articles,
 * search, stories, entities, quotes, events; described at {@code /api/openapi.json}) and the web UI's
 * static pages from one process over one {@link org.wirewatch.index.ArticleIndex} (the embedded index or a SolrCloud collection). The other classes
 * shape the answers: views of stories, entities, events and quotes built from stored records.
 */
package org.wirewatch.server;
