package org.wirewatch.core.extract.amounts;

/** The object found after a number, ending before token {@code end}; {@code listed} if it is a known news noun, named in English. */
record CountedObject(String name, boolean listed, boolean people, String category, int end) {}
