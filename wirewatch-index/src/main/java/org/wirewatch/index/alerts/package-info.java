/**
 * Saved queries and alerts: definitions kept under {@code DATA/alerts}, the articles each commit
 * stores tested against them, every match recorded once per alert, and optional webhook delivery
 * with retries. See docs/alerts.md.
 */
package org.wirewatch.index.alerts;
