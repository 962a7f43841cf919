/**
 * Questions asked of analysed articles after the pipeline: an entity named by a user in any script
 * resolved against the knowledge base and the articles ({@link org.wirewatch.core.query.EntityQuery}),
 * its profile, a speaker's quotes and filtered events, gathered by feeding articles in. The
 * {@code entity}, {@code quotes} and {@code events} verbs and the server's pages use them.
 */
package org.wirewatch.core.query;
