package org.koldoo.victims.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.Properties;

/**
 * A person's identifying data, never stored in the clear: names as written (Cyrillic and/or Latin),
 * date of birth, documents, contacts, address and free-text notes.
 */
record Identity(
    String familyName,
    String givenName,
    String patronymic,
    String latinName,
    LocalDate dateOfBirth,
    String documentNumber,
    String documents,
    String contacts,
    String address,
    String notes) {

  public String fullName() {
    StringBuilder name = new StringBuilder();
    for (String part : new String[] {familyName, givenName, patronymic}) {
      if (part != null && !part.isBlank()) {
        name.append(name.isEmpty() ? "" : " ").append(part.strip());
      }
    }
    return name.toString();
  }

  /**
   * The name the blind index is built from: family and given name (a patronymic is often left out
   * by one agency and written by another), or the Latin spelling when no Cyrillic name is known.
   */
  /** Every name she is known by, in both scripts: what a look-up for her may have asked. */
  String allNames() {
    return (fullName() + " " + (latinName == null ? "" : latinName)).strip();
  }

  String searchName() {
    String name =
        ((familyName == null ? "" : familyName) + " " + (givenName == null ? "" : givenName))
            .strip();
    return name.isEmpty() ? latinName : name;
  }

  String serialise() {
    Properties p = new Properties();
    put(p, "familyName", familyName);
    put(p, "givenName", givenName);
    put(p, "patronymic", patronymic);
    put(p, "latinName", latinName);
    put(p, "dateOfBirth", dateOfBirth == null ? null : dateOfBirth.toString());
    put(p, "documentNumber", documentNumber);
    put(p, "documents", documents);
    put(p, "contacts", contacts);
    put(p, "address", address);
    put(p, "notes", notes);
    StringWriter out = new StringWriter();
    try {
      p.store(out, null);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return out.toString();
  }

  static Identity parse(String text) {
    Properties p = new Properties();
    try {
      p.load(new StringReader(text));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    String dob = p.getProperty("dateOfBirth");
    return new Identity(
        p.getProperty("familyName"),
        p.getProperty("givenName"),
        p.getProperty("patronymic"),
        p.getProperty("latinName"),
        dob == null ? null : LocalDate.parse(dob),
        p.getProperty("documentNumber"),
        p.getProperty("documents"),
        p.getProperty("contacts"),
        p.getProperty("address"),
        p.getProperty("notes"));
  }

  private static void put(Properties p, String key, String value) {
    if (value != null && !value.isBlank()) {
      p.setProperty(key, value.strip());
    }
  }
}
