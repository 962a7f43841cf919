package org.wirewatch.core.amounts;

/**
 * What a number counts, in English ("missile", "usd"); {@code people} is true for kinds of people
 * (person, child, soldier, …), the only objects that can be killed, wounded or evacuated, so
 * only they take a count category.
 */
record CountedNoun(String english, boolean people) {}
