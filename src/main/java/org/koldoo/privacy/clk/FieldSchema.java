package org.koldoo.privacy.clk;

import java.util.ArrayList;
import java.util.List;

/**
 * The layout of one person's field-level encoding: which attributes are encoded, how each is
 * compared, and where its words sit in the record's {@code long[]}. Every record of one linkage run
 * has the same schema, so the matcher compares field with field without knowing any value.
 *
 * <ul>
 *   <li>{@link Kind#NAME}: a keyed hash of the whole normalised name, the bit count of its filter
 *       (and the name's length in the upper half of that word), a 256-bit keyed Bloom filter of its
 *       bigrams, and sixteen 32-bit keyed hashes of the name and of the name less one letter (its
 *       deletion neighbourhood: two names one typo apart share one) (fourteen words);
 *   <li>{@link Kind#TEXT}: the hash, bit count and bigram filter of the text without spaces (six
 *       words);
 *   <li>{@link Kind#DATE}: eight keyed digit codes of yyyymmdd in one word, and the same with day
 *       and month swapped in a second (two words);
 *   <li>{@link Kind#CODE}: a keyed hash of the code (one word).
 * </ul>
 *
 * A missing value is all zero words.
 */
public record FieldSchema(List<Field> fields, int words) {

  /** How a field is encoded and compared. */
  public enum Kind {
    NAME(14),
    TEXT(6),
    DATE(2),
    CODE(1);

    final int words;

    Kind(int words) {
      this.words = words;
    }
  }

  /** What a field means to the decision rules; most fields are {@link #OTHER}. */
  public enum Role {
    FAMILY_NAME,
    GIVEN_NAME,
    PATRONYMIC,
    BIRTH_DATE,
    SEX,
    OTHER
  }

  /** One encoded attribute and the offset of its first word. */
  public record Field(String name, Kind kind, Role role, int offset) {}

  public FieldSchema {
    fields = List.copyOf(fields);
  }

  /** A schema of the given fields, laid out one after another. */
  public static FieldSchema of(List<Field> fields) {
    List<Field> placed = new ArrayList<>();
    int offset = 0;
    for (Field f : fields) {
      placed.add(new Field(f.name(), f.kind(), f.role(), offset));
      offset += f.kind().words;
    }
    return new FieldSchema(placed, offset);
  }

  public static Field field(String name, Kind kind, Role role) {
    return new Field(name, kind, role, 0);
  }

  public int size() {
    return fields.size();
  }

  public Field field(int index) {
    return fields.get(index);
  }

  /** The index of the field with this role, or -1. */
  public int indexOf(Role role) {
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).role() == role) {
        return i;
      }
    }
    return -1;
  }
}
