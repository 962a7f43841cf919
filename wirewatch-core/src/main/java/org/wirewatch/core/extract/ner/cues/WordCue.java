package org.wirewatch.core.extract.ner.cues;

/** What a single word can tell a name finder, looked up with {@link NameCues#cuesOf(String)}. */
public enum WordCue {
    /** A word that is not a name even when capitalised at the start of a sentence: The, According, Об, Напомним, Також. */
    FUNCTION,
    /** A month or day name, which looks like a name but is a date: May, August, Monday, мая, понеділок. */
    CALENDAR,
    /** A word of a person's title or office: President, Secretary, генсек, генеральним, речник. */
    ROLE,
    /** A word that qualifies an office without changing it: former, acting, бывший, колишній. */
    ROLE_MODIFIER,
    /** A word that marks an organisation: Ministry, Council, Forces, министерство, ВСУ, рада, ЗСУ. */
    ORG_DESIGNATOR,
    /** A word that marks a place: region, oblast, city, область, район, місто, село. */
    PLACE_DESIGNATOR,
    /** A preposition that often stands before a place: in, near, from, в, под, у, біля. */
    PLACE_PREPOSITION,
    /** A particle inside person names: van, von, de, al, bin, ibn (a hyphenated "al-" is listed with its hyphen). */
    NAME_PARTICLE,
    /** A capitalised name of a thing, typed MISC rather than PER/ORG/LOC: Telegram, HIMARS, Шахед. */
    MISC_NAME,
    /** A nationality adjective or noun, capitalised in English: Russian, Ukrainians; российский, український. */
    DEMONYM,
    /** An article or possessive before a title: the, a, its. */
    DETERMINER,
    /** A word that joins the parts of a title or an organisation's name: of, for, to, and; в, при; у, з. */
    CONNECTOR,
    /** A coordinating conjunction inside a name: "і", "та" in "Міністерство економічного розвитку і торгівлі". */
    CONJUNCTION,
    /** A company's legal form written after its name, its letters run together: AG, GmbH, Ltd, SA ("S. A."), BV ("B. V."). */
    LEGAL_FORM,
    /** A word after which a name in quotation marks is an organisation's: радиостанция «Маяк», партия «Яблоко», клуб «16 тонн». */
    QUOTED_ORG
}
