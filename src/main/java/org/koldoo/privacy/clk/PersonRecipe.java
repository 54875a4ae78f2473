package org.koldoo.privacy.clk;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.koldoo.privacy.NameNormaliser;

/**
 * How a person becomes an encoding, the same for every organisation so their encodings can be
 * compared: which attributes go into the CLK with what weight, and six keyed blocking passes that
 * between them survive a typo, a swapped name order, a wrong birth day or a missing field. Runs
 * where the plaintext already is (the organisation's own data); what leaves is the filter and the
 * keys.
 */
public final class PersonRecipe {

  public static final int PASSES = 7;

  static final int NAME_HASHES = Integer.getInteger("koldoo.clk.name", 15);
  static final int DATE_HASHES = Integer.getInteger("koldoo.clk.date", 15);
  static final int TEXT_HASHES = Integer.getInteger("koldoo.clk.text", 6);
  static final int CODE_HASHES = Integer.getInteger("koldoo.clk.code", 15);

  private PersonRecipe() {}

  /**
   * A person's attributes as recorded.
   *
   * @param givenName given name(s), any script
   * @param surname family name, any script
   * @param birthDate yyyymmdd or yyyy-mm-dd, or only the year; may be null
   * @param sex a short code, may be null
   * @param extra further attributes (e.g. address lines, postcode), name to value, in a fixed order
   */
  public record Person(
      String givenName, String surname, String birthDate, String sex, Map<String, String> extra) {}

  /**
   * The CLK and blocking keys of one person, and keyed hashes of single attributes from which a
   * reviewer learns which attributes agree (never their values).
   */
  public record Encoded(long[] filter, long[] blockingKeys, Map<String, Long> attributes) {}

  /** Attributes whose agreement a reviewer is shown. */
  public static final List<String> EVIDENCE =
      List.of("surname", "givenName", "birthDate", "birthYear", "sex");

  public static Encoded encode(ClkEncoder encoder, Person p) {
    List<ClkField> fields = new ArrayList<>();
    // both names under one attribute: agencies swap given name and surname all the time
    fields.add(new ClkField("name", p.givenName(), ClkField.Kind.NAME, NAME_HASHES));
    fields.add(new ClkField("name", p.surname(), ClkField.Kind.NAME, NAME_HASHES));
    fields.add(new ClkField("dob", p.birthDate(), ClkField.Kind.DATE, DATE_HASHES));
    fields.add(new ClkField("sex", p.sex(), ClkField.Kind.CODE, 10));
    if (p.extra() != null) {
      p.extra()
          .forEach(
              (name, value) ->
                  fields.add(
                      name.contains("postcode") || name.contains("state")
                          ? new ClkField(name, value, ClkField.Kind.CODE, CODE_HASHES)
                          : new ClkField(name, value, ClkField.Kind.TEXT, TEXT_HASHES)));
    }
    Map<String, Long> attributes = new java.util.LinkedHashMap<>();
    attributes.put("surname", encoder.blockingKey("a-surname", fold(p.surname())));
    attributes.put("givenName", encoder.blockingKey("a-given", fold(p.givenName())));
    String digits = p.birthDate() == null ? "" : p.birthDate().replaceAll("[^0-9]", "");
    attributes.put("birthDate", encoder.blockingKey("a-dob", digits.length() >= 8 ? digits : null));
    attributes.put(
        "birthYear",
        encoder.blockingKey("a-year", digits.length() >= 4 ? digits.substring(0, 4) : null));
    attributes.put("sex", encoder.blockingKey("a-sex", p.sex()));
    return new Encoded(encoder.encode(fields), blockingKeys(encoder, p), attributes);
  }

  static long[] blockingKeys(ClkEncoder encoder, Person p) {
    String given = fold(p.givenName());
    String surname = fold(p.surname());
    String digits = p.birthDate() == null ? "" : p.birthDate().replaceAll("[^0-9]", "");
    String year = digits.length() >= 4 ? digits.substring(0, 4) : null;
    String monthDay = digits.length() >= 8 ? digits.substring(4, 8) : null;
    String date = digits.length() >= 8 ? digits.substring(0, 8) : null;
    String postcode = p.extra() == null ? null : p.extra().get("postcode");
    String g3 = prefix(given, 3);
    String s3 = prefix(surname, 3);
    String namePair = g3 == null || s3 == null ? null : g3.compareTo(s3) <= 0 ? g3 + s3 : s3 + g3;
    long[] keys = new long[PASSES];
    keys[0] = key(encoder.blockingKey("s4y", prefix(surname, 4), year));
    keys[1] = key(encoder.blockingKey("g4y", prefix(given, 4), year));
    keys[2] = key(encoder.blockingKey("g2s2md", prefix(given, 2), prefix(surname, 2), monthDay));
    keys[3] = key(encoder.blockingKey("dob", date));
    keys[4] = key(encoder.blockingKey("names", namePair));
    keys[5] = key(encoder.blockingKey("s3pc", s3, postcode == null ? null : postcode.strip()));
    keys[6] =
        key(
            encoder.blockingKey(
                "pcaddr", postcode == null ? null : postcode.strip(), firstAddress(p)));
    return keys;
  }

  /** The first letters of the first free-text attribute (a street), when there is one. */
  private static String firstAddress(Person p) {
    if (p.extra() == null) {
      return null;
    }
    for (var e : p.extra().entrySet()) {
      if (e.getKey().startsWith("address") && e.getValue() != null) {
        String letters = e.getValue().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "");
        return letters.length() >= 3 ? letters.substring(0, 3) : null;
      }
    }
    return null;
  }

  private static long key(Long value) {
    return value == null ? Long.MIN_VALUE : value;
  }

  private static String fold(String name) {
    return name == null ? "" : NameNormaliser.normalise(name).replace(" ", "");
  }

  private static String prefix(String value, int length) {
    return value == null || value.length() < length
        ? (value == null || value.isEmpty() ? null : value)
        : value.substring(0, length);
  }
}
