package org.koldoo.linkage;

import java.util.List;
import org.koldoo.privacy.clk.FieldSchema;
import org.koldoo.privacy.clk.FieldSchema.Kind;
import org.koldoo.privacy.clk.FieldSchema.Role;

/**
 * Compares two encoded records field by field. Each field's outcome is one of {@link Outcome}: a
 * name or text agrees when its keyed hashes are equal, a name is close when it is one typo away
 * (see {@link #name}) and a text when its bigrams nearly all agree, partly alike when they are
 * still alike; a date agrees when every digit code is equal, is close when one digit differs or day
 * and month are swapped, partly alike when only the year agrees; a code agrees or differs. A field
 * missing on either side is {@link Outcome#MISSING}. When the given and family names agree better
 * crosswise, the record wrote them the other way round and they are compared crosswise.
 *
 * <p>The outcomes of all fields form one comparison pattern, numbered in mixed radix (3 outcomes
 * for codes, 5 for the rest), which the {@link MatchModel} weighs.
 */
public final class FieldComparison {

  /** A field's outcome; the ordinal is its digit in a pattern. */
  public enum Outcome {
    MISSING,
    DIFFER,
    AGREE,
    CLOSE,
    PARTIAL;

    /** Evidence for the same person: agreement or a near miss. */
    public boolean positive() {
      return this == AGREE || this == CLOSE;
    }
  }

  static final byte MISSING = 0;
  static final byte DIFFER = 1;
  static final byte AGREE = 2;
  static final byte CLOSE = 3;
  static final byte PARTIAL = 4;

  private static final Outcome[] OUTCOMES = Outcome.values();

  private final FieldSchema schema;
  private final Kind[] kinds;
  private final int[] offsets;
  private final int[] radix;
  private final int[] place;
  private final int patterns;
  private final int family;
  private final int given;
  private final int born;
  private final int[] others;

  public FieldComparison(FieldSchema schema) {
    this.schema = schema;
    int n = schema.size();
    kinds = new Kind[n];
    offsets = new int[n];
    radix = new int[n];
    place = new int[n];
    long total = 1;
    for (int i = 0; i < n; i++) {
      kinds[i] = schema.field(i).kind();
      offsets[i] = schema.field(i).offset();
      radix[i] = kinds[i] == Kind.CODE ? 3 : 5;
      place[i] = (int) total;
      total *= radix[i];
    }
    if (total > 1 << 24) {
      throw new IllegalArgumentException("too many fields to compare: " + n);
    }
    patterns = (int) total;
    family = schema.indexOf(Role.FAMILY_NAME);
    given = schema.indexOf(Role.GIVEN_NAME);
    born = schema.indexOf(Role.BIRTH_DATE);
    others =
        java.util.stream.IntStream.range(0, n)
            .filter(f -> schema.field(f).role() == Role.OTHER)
            .toArray();
  }

  public FieldSchema schema() {
    return schema;
  }

  /** How many patterns there are. */
  public int patterns() {
    return patterns;
  }

  public int fields() {
    return kinds.length;
  }

  /** The number of outcomes field {@code field} can have (3 or 5). */
  int radix(int field) {
    return radix[field];
  }

  /** The outcome of field {@code field} in a pattern. */
  public Outcome outcome(int pattern, int field) {
    return OUTCOMES[digit(pattern, field)];
  }

  int digit(int pattern, int field) {
    return pattern / place[field] % radix[field];
  }

  /** All outcomes of a pattern, field by field. */
  public List<Outcome> outcomes(int pattern) {
    Outcome[] all = new Outcome[kinds.length];
    for (int f = 0; f < all.length; f++) {
      all[f] = outcome(pattern, f);
    }
    return List.of(all);
  }

  /** The pattern of two records, plus {@link #SWAPPED} when their names were compared crosswise. */
  /**
   * Whether two records could be worth keeping (see {@code Matcher}): at least two of family name,
   * given name and date of birth agreeing or nearly, one of them and three other fields agreeing,
   * or four other fields agreeing. Decided from hashes and bigram counts alone, so that most pairs
   * of a block — plainly different people — cost a few words each.
   */
  public boolean worthComparing(long[] a, int ao, long[] b, int bo) {
    int possible = 0;
    if (born >= 0) {
      int at = offsets[born];
      int d = Similarity.date(a[ao + at], a[ao + at + 1], b[bo + at]);
      if (d == AGREE || d == CLOSE) {
        possible++;
      }
    }
    if (family >= 0 && given >= 0) {
      int fa = ao + offsets[family];
      int ga = ao + offsets[given];
      int fb = bo + offsets[family];
      int gb = bo + offsets[given];
      int straight = maybe(a, fa, b, fb) + maybe(a, ga, b, gb);
      int crosswise = straight == 2 ? 2 : maybe(a, fa, b, gb) + maybe(a, ga, b, fb);
      possible += Math.max(straight, crosswise);
    } else {
      possible +=
          (family >= 0 ? maybe(a, ao + offsets[family], b, bo + offsets[family]) : 0)
              + (given >= 0 ? maybe(a, ao + offsets[given], b, bo + offsets[given]) : 0);
    }
    if (possible >= 2) {
      return true;
    }
    int agreeing = 0;
    for (int f : others) {
      long x = a[ao + offsets[f]];
      if (x != 0 && x == b[bo + offsets[f]]) {
        agreeing++;
      }
    }
    return possible == 1 && agreeing >= 3 || agreeing >= 4;
  }

  /** 1 when a name could agree or be one typo away (without looking at its neighbourhood). */
  private static int maybe(long[] a, int ao, long[] b, int bo) {
    int shape = Similarity.shape(a, ao, b, bo);
    return shape == AGREE || shape == CLOSE || shape == TYPO ? 1 : 0;
  }

  /** Not an outcome: a name whose neighbourhood must say whether it is one typo away. */
  static final int TYPO = 5;

  /** Bits the two bigram filters share. */
  static int common(long[] a, int ao, long[] b, int bo) {
    return Long.bitCount(a[ao + 2] & b[bo + 2])
        + Long.bitCount(a[ao + 3] & b[bo + 3])
        + Long.bitCount(a[ao + 4] & b[bo + 4])
        + Long.bitCount(a[ao + 5] & b[bo + 5]);
  }

  public int compare(long[] a, int ao, long[] b, int bo) {
    int pattern = 0;
    boolean swapped = false;
    for (int f = 0; f < kinds.length; f++) {
      int digit;
      if (f == family && given >= 0) {
        // both names at once: straight or crosswise, whichever agrees better
        int fs = Similarity.name(a, ao + offsets[family], b, bo + offsets[family]);
        int gs = Similarity.name(a, ao + offsets[given], b, bo + offsets[given]);
        if (strength(fs) < 3 && strength(gs) < 3) {
          int fx = Similarity.name(a, ao + offsets[family], b, bo + offsets[given]);
          int gx = Similarity.name(a, ao + offsets[given], b, bo + offsets[family]);
          if (strength(fx) + strength(gx) > strength(fs) + strength(gs)) {
            fs = fx;
            gs = gx;
            swapped = true;
          }
        }
        pattern += fs * place[family] + gs * place[given];
        continue;
      }
      if (f == given && family >= 0) {
        continue;
      }
      int at = offsets[f];
      digit =
          switch (kinds[f]) {
            case NAME -> Similarity.name(a, ao + at, b, bo + at);
            case TEXT -> Similarity.text(a, ao + at, b, bo + at);
            case DATE -> Similarity.date(a[ao + at], a[ao + at + 1], b[bo + at]);
            case CODE -> code(a[ao + at], b[bo + at]);
          };
      pattern += digit * place[f];
    }
    return swapped ? pattern | SWAPPED : pattern;
  }

  /** Set in a compared pattern when the names were compared crosswise. */
  public static final int SWAPPED = 1 << 30;

  /** How strongly an outcome speaks for the same person (to choose straight or crosswise). */
  private static int strength(int outcome) {
    return switch (outcome) {
      case AGREE -> 4;
      case CLOSE -> 3;
      case PARTIAL -> 2;
      case MISSING -> 1;
      default -> 0;
    };
  }

  static final long YEAR = 0xffffffffL;

  static int code(long a, long b) {
    if (a == 0 || b == 0) {
      return MISSING;
    }
    return a == b ? AGREE : DIFFER;
  }
}
