/**
 * Amounts: numbers with what they count ("40 missiles", "шість балістичних ракет",
 * "$300 million"), with an approximate flag and, where the sentence says so, a GDELT-style count
 * category (KILL, WOUND, …). {@link org.wirewatch.core.extract.amounts.AmountExtractor} is the front
 * door; each language's words live in a language pack's {@code amounts.cues} file behind
 * {@link org.wirewatch.core.extract.amounts.AmountCues}.
 */
package org.wirewatch.core.extract.amounts;
