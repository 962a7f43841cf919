package org.wirewatch.core.extract.ner.learn;

/** What a capitalised word names, as the name-type model tells them apart. */
public enum NameKind {
    /** A first name, surname or patronymic. */
    PERSON,
    PLACE,
    ORGANISATION,
    /** An ordinary word that happens to be capitalised. */
    NOT_A_NAME
}
