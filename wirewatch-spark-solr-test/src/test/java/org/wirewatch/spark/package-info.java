/**
 * Tests of the Spark job writing into SolrCloud, on a real local Spark and a real 2-node SolrCloud. In the job's
 * package, to reach its package-private writer; in a module of their own for the class path (see the pom).
 */
package org.wirewatch.spark;
