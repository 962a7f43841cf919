package org.wirewatch.core.extract.amounts;

/**
 * What a number counts, in English ("missile", "usd"); {@code people} is true for kinds of people
 * (person, child, soldier, …), the only objects that can be killed, wounded or evacuated, so
 * only they take a count category. {@code category} is the count the noun says by itself
 * ("200 evacuees" are EVACUATE without a verb), or null.
 */
record CountedNoun(String english, boolean people, String category) {}
