package org.wirewatch.core.kb;

/** The coarse type of a named thing, as in the CoNLL tradition the evaluation sets use. */
public enum EntityType {
    /** A person. */
    PER,
    /** An organisation: a state body, alliance, company, party, armed force, news agency. */
    ORG,
    /** A place: a country, region, city, geographic feature. */
    LOC,
    /** Any other named thing worth a stable identity (events, treaties, works). */
    MISC
}
