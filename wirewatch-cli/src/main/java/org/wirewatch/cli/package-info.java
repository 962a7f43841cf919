/**
 * The {@code wirewatch} command: {@link org.wirewatch.cli.Main} and one picocli command class per verb,
 * each a thin layer that reads options, calls the pipeline, the index, the server, the bench runner or
 * the Spark module, and reports on standard output and error with the documented exit statuses.
 */
package org.wirewatch.cli;
