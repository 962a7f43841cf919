/**
 * The article store on SolrCloud: {@link org.wirewatch.solr.SolrArticleIndex} keeps analysed articles
 * in a Solr collection with the embedded index's fields and per-language analysis (the configset in
 * {@code org/wirewatch/solr/configset}, uploaded by {@link org.wirewatch.solr.SolrCollections}), and
 * answers the same {@link org.wirewatch.index.SearchRequest}s: the Lucene query the embedded index
 * would run is sent to Solr as nested {@code bool}/{@code term} queries ({@link org.wirewatch.solr.SolrQueries}).
 */
package org.wirewatch.solr;
