/**
 * Runners that measure the server as its users meet it, over HTTP on loopback: {@link
 * org.wirewatch.bench.serve.ScaleRun} (N generated articles stored: index size, heap while serving,
 * search / entity page / story page latency) and {@link org.wirewatch.bench.serve.LoadRun} (32
 * concurrent clients for 60 s while articles are posted: errors, throughput, latency, and whether
 * any request saw half a committed batch). Each prints figures and asserts nothing; BENCHMARKS.md
 * has the commands.
 */
package org.wirewatch.bench.serve;
