/**
 * The front door to the library: {@link org.wirewatch.core.app.Resources} (what is loaded once per
 * process) and {@link org.wirewatch.core.app.Wirewatch} (analysis, stories and name keys over
 * them), used by the CLI, the Spark executors and the benchmarks.
 */
package org.wirewatch.core.app;
