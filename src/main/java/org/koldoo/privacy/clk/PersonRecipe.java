package org.koldoo.privacy.clk;

import static org.koldoo.privacy.clk.FieldSchema.field;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.koldoo.privacy.NameNormaliser;
import org.koldoo.privacy.clk.FieldSchema.Kind;
import org.koldoo.privacy.clk.FieldSchema.Role;

/**
 * How a person becomes an encoding, the same for every organisation so their encodings can be
 * compared: each attribute encoded on its own (see {@link FieldSchema}), and nine keyed blocking
 * passes that between them survive a typo, a swapped name order, a wrong birth day or a missing
 * field: family name and year, given name and year, both names' beginnings and day of year, the
 * full date, both whole names in either order, family name and place, place and address, given name
 * and street, family name and street. Runs where the plaintext already is (the organisation's own
 * data); what leaves is words that mean nothing without the run's key.
 *
 * <p>Names are brought to one key across Cyrillic and Latin spellings ({@link NameNormaliser}), the
 * female and male forms of Russian and Kyrgyz family names meet (Эсенбекова, Esenbekov), and the
 * Kyrgyz "кызы"/"уулу" ("daughter of"/"son of") are left out, so that only the root is compared.
 */
public final class PersonRecipe {

  public static final int PASSES = 9;

  /** Names share one hashing domain, so a family name written as the given name still meets. */
  private static final String NAME_DOMAIN = "name";

  private PersonRecipe() {}

  /**
   * A person's attributes as recorded.
   *
   * @param givenName given name(s), any script
   * @param surname family name, any script
   * @param patronymic father's name, any script; may be null
   * @param birthDate yyyymmdd or yyyy-mm-dd, or only the year; may be null
   * @param sex a short code, may be null
   * @param citizenship a country code, may be null
   * @param place where the person lives or comes from (a region code), may be null
   * @param extra further attributes (e.g. address lines, postcode), name to value
   */
  public record Person(
      String givenName,
      String surname,
      String patronymic,
      String birthDate,
      String sex,
      String citizenship,
      String place,
      Map<String, String> extra) {

    /** A person known by names, date of birth and sex only, with further attributes. */
    public Person(
        String givenName, String surname, String birthDate, String sex, Map<String, String> extra) {
      this(givenName, surname, null, birthDate, sex, null, null, extra);
    }

    String value(String field) {
      return switch (field) {
        case "familyName" -> surname;
        case "givenName" -> givenName;
        case "patronymic" -> patronymic;
        case "birthDate" -> birthDate;
        case "sex" -> sex;
        case "citizenship" -> citizenship;
        case "place" -> place;
        default -> extra == null ? null : extra.get(field);
      };
    }
  }

  /** A person's field words (laid out by the run's schema) and blocking keys. */
  public record Encoded(long[] fields, long[] blockingKeys) {}

  /** The fields of a victim case: names, date of birth, sex, citizenship, region and address. */
  public static final FieldSchema PERSON =
      FieldSchema.of(
          List.of(
              field("familyName", Kind.NAME, Role.FAMILY_NAME),
              field("givenName", Kind.NAME, Role.GIVEN_NAME),
              field("patronymic", Kind.NAME, Role.PATRONYMIC),
              field("birthDate", Kind.DATE, Role.BIRTH_DATE),
              field("sex", Kind.CODE, Role.SEX),
              field("citizenship", Kind.CODE, Role.OTHER),
              field("place", Kind.CODE, Role.OTHER),
              field("address", Kind.TEXT, Role.OTHER)));

  /**
   * Given name, family name and date of birth, then the further attributes in order: a street or
   * suburb is compared as text, a number, postcode or state as a code.
   */
  public static FieldSchema schema(List<String> extra) {
    List<FieldSchema.Field> fields = new ArrayList<>();
    fields.add(field("givenName", Kind.NAME, Role.GIVEN_NAME));
    fields.add(field("familyName", Kind.NAME, Role.FAMILY_NAME));
    fields.add(field("birthDate", Kind.DATE, Role.BIRTH_DATE));
    for (String name : extra) {
      boolean code = name.contains("postcode") || name.contains("state") || name.contains("number");
      fields.add(field(name, code ? Kind.CODE : Kind.TEXT, Role.OTHER));
    }
    return FieldSchema.of(fields);
  }

  public static Encoded encode(ClkEncoder encoder, FieldSchema schema, Person p) {
    long[] words = new long[schema.words()];
    return new Encoded(words, encode(encoder, schema, p, words, 0));
  }

  /**
   * Writes a person's field words into {@code words} at {@code offset} (which must be zero there)
   * and returns the blocking keys: a register of a million is encoded in place, without a temporary
   * array per person.
   */
  public static long[] encode(
      ClkEncoder encoder, FieldSchema schema, Person p, long[] words, int offset) {
    String given = encoder.key(p.givenName(), PersonRecipe::nameKey);
    String family = encoder.key(p.surname(), PersonRecipe::nameKey);
    String digits = digits(p.birthDate());
    for (int index = 0; index < schema.size(); index++) {
      FieldSchema.Field f = schema.field(index);
      int at = offset + f.offset();
      switch (f.kind()) {
        case NAME -> {
          String key =
              switch (f.role()) {
                case GIVEN_NAME -> given;
                case FAMILY_NAME -> family;
                default -> encoder.key(p.value(f.name()), PersonRecipe::nameKey);
              };
          if (!key.isEmpty()) {
            encoder.name(NAME_DOMAIN, key, words, at);
          }
        }
        case TEXT -> {
          String text = Addresses.compact(p.value(f.name()));
          if (!text.isEmpty()) {
            encoder.text(f.name(), text, words, at);
          }
        }
        case DATE -> {
          String d = f.role() == Role.BIRTH_DATE ? digits : digits(p.value(f.name()));
          words[at] = encoder.date(d, false);
          words[at + 1] = encoder.date(d, true);
        }
        case CODE -> words[at] = encoder.code(f.name(), Addresses.compact(p.value(f.name())));
      }
    }
    return blockingKeys(encoder, p, given, family, digits);
  }

  static long[] blockingKeys(
      ClkEncoder encoder, Person p, String given, String surname, String digits) {
    String full = digits != null && digits.length() >= 8 ? digits : null;
    String postcode = p.extra() == null ? null : p.extra().get("postcode");
    postcode = postcode == null ? p.place() : postcode.strip();
    ClkEncoder.Key k = encoder.key();
    long[] keys = new long[PASSES];
    keys[0] = k.start("s4y").part(surname, 4).part(digits, 4).hash();
    keys[1] = k.start("g4y").part(given, 4).part(digits, 4).hash();
    keys[2] = k.start("g2s2md").part(given, 2).part(surname, 2).part(full, 4, 8).hash();
    keys[3] = k.start("dob").part(full).hash();
    // both whole names in either order: names swapped and the date mistyped or missing
    boolean ordered = given.compareTo(surname) <= 0;
    keys[4] =
        k.start("names").part(ordered ? given : surname).part(ordered ? surname : given).hash();
    // family name and where they live: no date of birth, or a wrong one
    keys[5] = k.start("s3pc").part(surname, 3).part(postcode).hash();
    // where they live, by postcode and address; and each name by street
    keys[6] = k.start("pcaddr").part(postcode).part(Addresses.firstAddress(p)).hash();
    String street = Addresses.street(p);
    keys[7] = k.start("gaddr").part(given).part(street).hash();
    keys[8] = k.start("saddr").part(surname).part(street).hash();
    return keys;
  }

  /**
   * A name as compared: normalised across scripts and spellings, "кызы"/"уулу" left out, the female
   * endings of family names folded onto the male ones (-ова/-ов, -ева/-ев, -ина/-ин, -ская/-ский),
   * parts joined without spaces; empty when there is no name.
   */
  public static String nameKey(String name) {
    String normal = NameNormaliser.normalise(name);
    if (normal.isEmpty()) {
      return normal;
    }
    StringBuilder key = new StringBuilder(normal.length());
    int start = 0;
    while (start <= normal.length()) {
      int end = normal.indexOf(' ', start);
      if (end < 0) {
        end = normal.length();
      }
      String part = normal.substring(start, end);
      if (!part.equals("kizi") && !part.equals("ulu") && !part.isEmpty()) {
        key.append(stem(part));
      }
      start = end + 1;
    }
    return key.toString();
  }

  private static String stem(String part) {
    if (part.length() > 5 && part.endsWith("kaya")) {
      return part.substring(0, part.length() - 4) + "ki";
    }
    if (part.length() > 4
        && (part.endsWith("ova") || part.endsWith("eva") || part.endsWith("ina"))) {
      return part.substring(0, part.length() - 1);
    }
    return part;
  }

  /** The digits of a date (yyyymmdd, or the year alone), or null when not even a year is there. */
  static String digits(String date) {
    if (date == null) {
      return null;
    }
    StringBuilder digits = new StringBuilder(8);
    for (int i = 0; i < date.length() && digits.length() < 8; i++) {
      char c = date.charAt(i);
      if (c >= '0' && c <= '9') {
        digits.append(c);
      }
    }
    if (digits.length() >= 8) {
      return digits.toString();
    }
    return digits.length() >= 4 ? digits.substring(0, 4) : null;
  }
}
