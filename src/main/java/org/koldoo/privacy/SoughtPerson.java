package org.koldoo.privacy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who a search or a check looked for, as the audit trail keeps it: keyed fingerprints of the name's
 * parts, the birth date and the document, never the values. Asked by an auditor who looked for the
 * person of a case, Koldoo makes the same fingerprints of her sealed identity and finds the entries
 * that hold them. Without the index key a fingerprint tells nothing; each is the first 16 hex
 * digits of the blind index.
 *
 * @param nameParts fingerprints of the name's parts (a trace keeps at most {@value #MAX_PARTS})
 * @param birthDate fingerprint of the birth date, or null
 * @param document fingerprint of the document number, or null
 */
public record SoughtPerson(Set<String> nameParts, String birthDate, String document) {

  /** What a look-up sought of the person it is compared with. */
  public enum Match {
    NAME,
    BIRTH_DATE,
    DOCUMENT
  }

  static final int MAX_PARTS = 24;
  private static final int LENGTH = 16;
  private static final Pattern TRACE =
      Pattern.compile("sought=((?:[pdx]:[0-9a-f]{" + LENGTH + "},?)+)");

  public SoughtPerson {
    nameParts = Set.copyOf(nameParts);
  }

  /** The fingerprints of what was asked for; any of the three may be null or blank. */
  public static SoughtPerson of(
      BlindIndex index, String name, LocalDate birthDate, String document) {
    Set<String> parts = new LinkedHashSet<>();
    for (String part : index.nameParts(name)) {
      parts.add(part.substring(0, LENGTH));
    }
    return new SoughtPerson(
        parts,
        birthDate == null ? null : index.date(birthDate).substring(0, LENGTH),
        document == null || document.isBlank()
            ? null
            : index.document(document).substring(0, LENGTH));
  }

  public boolean isEmpty() {
    return nameParts.isEmpty() && birthDate == null && document == null;
  }

  /** As the audit entry's details hold it: {@code sought=p:…,p:…,d:…,x:…}; empty for nothing. */
  public String trace() {
    List<String> items = new ArrayList<>();
    // what an entry can hold: a name longer than any person's keeps its first parts only
    nameParts.stream().sorted().limit(MAX_PARTS).forEach(p -> items.add("p:" + p));
    if (birthDate != null) {
      items.add("d:" + birthDate);
    }
    if (document != null) {
      items.add("x:" + document);
    }
    return items.isEmpty() ? "" : "sought=" + String.join(",", items);
  }

  /** The fingerprints an entry's details hold, if it holds any. */
  public static Optional<SoughtPerson> inDetails(String details) {
    if (details == null) {
      return Optional.empty();
    }
    Matcher m = TRACE.matcher(details);
    if (!m.find()) {
      return Optional.empty();
    }
    Set<String> parts = new LinkedHashSet<>();
    String birth = null;
    String doc = null;
    for (String item : m.group(1).split(",")) {
      String value = item.substring(2);
      switch (item.charAt(0)) {
        case 'p' -> parts.add(value);
        case 'd' -> birth = value;
        default -> doc = value;
      }
    }
    return Optional.of(new SoughtPerson(parts, birth, doc));
  }

  /** Every fingerprint, to find the entries that may hold one before reading them. */
  public Set<String> fingerprints() {
    Set<String> all = new LinkedHashSet<>(nameParts);
    if (birthDate != null) {
      all.add(birthDate);
    }
    if (document != null) {
      all.add(document);
    }
    return all;
  }

  /**
   * What a look-up ({@code this}) shares with a person, empty when it was not looking for her: her
   * document; or a name made only of parts of hers (her family name alone is looking for her, her
   * family name with another given name is not) or her birth date, with nothing asked that is not
   * hers (a birth date shared with a differently named person is not her).
   */
  public Set<Match> matches(SoughtPerson person) {
    Set<Match> found = EnumSet.noneOf(Match.class);
    boolean nameFits = nameParts.isEmpty() || person.nameParts().containsAll(nameParts);
    boolean birthFits =
        birthDate == null || person.birthDate() == null || birthDate.equals(person.birthDate());
    if (nameFits && birthFits) {
      if (!nameParts.isEmpty() && !person.nameParts().isEmpty()) {
        found.add(Match.NAME);
      }
      if (birthDate != null && birthDate.equals(person.birthDate())) {
        found.add(Match.BIRTH_DATE);
      }
    }
    if (document != null && document.equals(person.document())) {
      found.add(Match.DOCUMENT);
    }
    return found;
  }
}
