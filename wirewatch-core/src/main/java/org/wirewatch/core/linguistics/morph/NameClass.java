package org.wirewatch.core.linguistics.morph;

/**
 * What kind of proper name a dictionary reading is. The entity layer maps these onto its types
 * (first names, surnames and patronymics onto PER, places onto LOC, organisations onto ORG).
 */
public enum NameClass {
    FIRST_NAME,
    SURNAME,
    PATRONYMIC,
    PLACE,
    ORGANIZATION,
    /** A proper name of no known kind: English {@code NNP}, a Ukrainian {@code prop} naming a god or a band. */
    OTHER_PROPER
}
