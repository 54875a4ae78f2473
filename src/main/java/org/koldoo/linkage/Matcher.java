package org.koldoo.linkage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.IntStream;

/**
 * Links encoded records in three steps:
 *
 * <ol>
 *   <li><b>Blocking and comparison.</b> Two records are compared only if they share a keyed
 *       blocking key in at least one pass, each pair once, field by field ({@link
 *       FieldComparison}), cheaply first: a pair that cannot be kept is counted and left. Every
 *       kept pair adds one to its pattern's count; pairs with at least two of family name, given
 *       name and birth date agreeing or nearly agreeing (or one of them and three other fields, or
 *       four other fields) are kept.
 *   <li><b>Estimation.</b> The {@link MatchModel} is estimated from the pattern counts of this run
 *       (and the pairs people decided).
 *   <li><b>Decision.</b> Each kept pair gets its weight and probability, and {@link LinkRules}
 *       decide: linked automatically, left to review, or dropped.
 * </ol>
 *
 * Between two sources a record links automatically to at most one record of the other (best weight
 * first); a weaker automatic candidate of a record already linked goes to review. Inside one source
 * the caller clusters the automatic links.
 */
public final class Matcher {

  /** Blocks larger than this on one side say too little to be worth comparing in full. */
  static final int MAX_BLOCK = 300;

  private final LinkRules rules;

  public Matcher(LinkRules rules) {
    this.rules = rules;
  }

  /**
   * The outcome of a run: pairs linked automatically, pairs left to review, how many pairs were
   * compared and kept, and the model estimated.
   */
  public record Result(
      List<Match> automatic,
      List<Match> forReview,
      long comparisons,
      long candidates,
      MatchModel model) {}

  /** A pair a person decided: its records, and whether they are one person. */
  public record Decided(int left, int right, boolean linked) {}

  /** Links two sources one-to-one. */
  public Result link(FieldEncodings left, FieldEncodings right) {
    Compared compared = compare(left, right, false);
    MatchModel model = estimate(left, right, compared, List.of());
    List<Match> automatic = new ArrayList<>();
    List<Match> review = new ArrayList<>();
    boolean households = households(left) || households(right);
    decide(left, right, compared, model, false, households, automatic, review);
    List<Match> kept = oneToOne(automatic, review);
    return new Result(kept, review, compared.comparisons, compared.size(), model);
  }

  /** Finds duplicates inside one source; pairs are ordered (left &lt; right). */
  public Result dedupe(FieldEncodings records, List<Decided> decided) {
    Compared compared = compare(records, records, true);
    MatchModel model = estimate(records, records, compared, decided);
    List<Match> automatic = new ArrayList<>();
    List<Match> review = new ArrayList<>();
    decide(records, records, compared, model, true, households(records), automatic, review);
    return new Result(automatic, review, compared.comparisons, compared.size(), model);
  }

  private MatchModel estimate(
      FieldEncodings left, FieldEncodings right, Compared compared, List<Decided> decided) {
    FieldComparison comparison = compared.comparison;
    int[] confirmed =
        decided.stream()
            .filter(Decided::linked)
            .mapToInt(d -> pattern(comparison, left, d.left(), right, d.right()))
            .toArray();
    int[] rejected =
        decided.stream()
            .filter(d -> !d.linked())
            .mapToInt(d -> pattern(comparison, left, d.left(), right, d.right()))
            .toArray();
    long[] kept = compared.histogram.clone();
    boolean[] worth = worthKeeping(comparison);
    for (int p = 0; p < kept.length; p++) {
      if (!worth[p]) {
        kept[p] = 0;
      }
    }
    return MatchModel.estimate(comparison, kept, confirmed, rejected);
  }

  private static int pattern(
      FieldComparison comparison, FieldEncodings a, int i, FieldEncodings b, int j) {
    return comparison.compare(a.words(), a.offset(i), b.words(), b.offset(j))
        & ~FieldComparison.SWAPPED;
  }

  private void decide(
      FieldEncodings left,
      FieldEncodings right,
      Compared compared,
      MatchModel model,
      boolean sameSource,
      boolean households,
      List<Match> automatic,
      List<Match> review) {
    int distinct = compared.comparison.patterns();
    double[] probability = new double[distinct];
    Arrays.fill(probability, -1);
    for (int k = 0; k < compared.size(); k++) {
      long pair = compared.pairs[k];
      int l = (int) (pair >>> 32);
      int r = (int) pair;
      int flagged = compared.patterns[k];
      int pattern = flagged & ~FieldComparison.SWAPPED;
      if (probability[pattern] < 0) {
        probability[pattern] = model.probability(pattern);
      }
      double p = probability[pattern];
      if (p < rules.reviewAt()) {
        continue;
      }
      boolean sameOrganisation = sameSource && left.source(l) == right.source(r);
      Set<LinkRules.Reason> broken = rules.broken(model, pattern, p, sameOrganisation, households);
      LinkRules.Verdict verdict = rules.verdict(broken, p);
      Match match =
          new Match(
              l,
              r,
              pattern,
              model.weight(pattern),
              p,
              (flagged & FieldComparison.SWAPPED) != 0,
              verdict,
              broken);
      if (verdict == LinkRules.Verdict.AUTOMATIC) {
        automatic.add(match);
      } else if (verdict == LinkRules.Verdict.REVIEW) {
        review.add(match);
      }
    }
  }

  /** A register shows households when one record in a thousand shares them (see below). */
  static final double HOUSEHOLD_SHARE = 0.001;

  /**
   * Whether a register shows households: records that share a family name and an address under
   * another given name (brothers and sisters, spouses, twins). Where it does, a pair that differs
   * in a name is held to the household rules of {@link LinkRules}; a register without any — or
   * without addresses to tell — is not. Estimated on each source by itself, where a person appears
   * once; a duplicate whose given name was mistyped also counts, which errs on the safe side.
   */
  static boolean households(FieldEncodings records) {
    var schema = records.schema();
    int family = schema.indexOf(org.koldoo.privacy.clk.FieldSchema.Role.FAMILY_NAME);
    int given = schema.indexOf(org.koldoo.privacy.clk.FieldSchema.Role.GIVEN_NAME);
    int[] home =
        java.util.stream.IntStream.range(0, schema.size())
            .filter(f -> schema.field(f).role() == org.koldoo.privacy.clk.FieldSchema.Role.OTHER)
            .map(f -> schema.field(f).offset())
            .toArray();
    boolean address =
        schema.fields().stream()
            .anyMatch(f -> f.kind() == org.koldoo.privacy.clk.FieldSchema.Kind.TEXT);
    if (family < 0 || given < 0 || !address || records.size() == 0) {
      return false;
    }
    long[] words = records.words();
    int familyAt = schema.field(family).offset();
    int givenAt = schema.field(given).offset();
    long[] homes = new long[records.size()];
    java.util.Map<Long, Long> firstGiven = new java.util.HashMap<>();
    java.util.Set<Long> shared = new java.util.HashSet<>();
    for (int i = 0; i < records.size(); i++) {
      int o = records.offset(i);
      long f = words[o + familyAt];
      long g = words[o + givenAt];
      // the family name and everything recorded about where the person lives, all present
      long key = f;
      boolean complete = f != 0 && g != 0;
      for (int at : home) {
        long w = words[o + at];
        complete &= w != 0;
        key = key * 0x9E3779B97F4A7C15L ^ w;
      }
      if (!complete) {
        continue;
      }
      homes[i] = key;
      Long before = firstGiven.putIfAbsent(key, g);
      if (before != null && before != g) {
        shared.add(key);
      }
    }
    long members = 0;
    for (long key : homes) {
      if (key != 0 && shared.contains(key)) {
        members++;
      }
    }
    return members >= HOUSEHOLD_SHARE * records.size();
  }

  /**
   * Keeps each record's strongest automatic link; a weaker automatic link of a record already taken
   * goes to review (two strong candidates for one record are for a person to tell apart).
   */
  static List<Match> oneToOne(List<Match> automatic, List<Match> review) {
    List<Match> sorted = new ArrayList<>(automatic);
    sorted.sort(
        Comparator.comparingDouble(Match::weight)
            .reversed()
            .thenComparingInt(Match::left)
            .thenComparingInt(Match::right));
    BitSet leftTaken = new BitSet();
    BitSet rightTaken = new BitSet();
    List<Match> kept = new ArrayList<>();
    for (Match m : sorted) {
      if (!leftTaken.get(m.left()) && !rightTaken.get(m.right())) {
        leftTaken.set(m.left());
        rightTaken.set(m.right());
        kept.add(m);
      } else {
        Set<LinkRules.Reason> reasons = EnumSet.of(LinkRules.Reason.COMPETING);
        review.add(
            new Match(
                m.left(),
                m.right(),
                m.pattern(),
                m.weight(),
                m.probability(),
                m.namesSwapped(),
                LinkRules.Verdict.REVIEW,
                reasons));
      }
    }
    return kept;
  }

  /** The pairs compared: a histogram of all patterns and the pairs worth deciding. */
  private static final class Compared {
    final FieldComparison comparison;
    long[] histogram;
    long comparisons;
    long[] pairs = new long[0];
    int[] patterns = new int[0];

    Compared(FieldComparison comparison) {
      this.comparison = comparison;
    }

    int size() {
      return pairs.length;
    }
  }

  /** What one thread compared. */
  private static final class Local {
    final long[] histogram;
    long comparisons;
    long[] pairs = new long[1024];
    int[] patterns = new int[1024];
    int size;

    Local(int patterns) {
      histogram = new long[patterns];
    }

    void keep(long pair, int pattern) {
      if (size == pairs.length) {
        pairs = Arrays.copyOf(pairs, size * 2);
        patterns = Arrays.copyOf(patterns, size * 2);
      }
      pairs[size] = pair;
      patterns[size++] = pattern;
    }
  }

  /**
   * Compares every pair that shares a blocking key, each pair once: a pair met again in a later
   * pass is skipped when an earlier pass already put it in a block that was compared. Blocks are
   * found by sorting each pass's keys and compared in parallel, each thread counting into its own
   * histogram.
   */
  private Compared compare(FieldEncodings left, FieldEncodings right, boolean sameSource) {
    FieldComparison comparison = new FieldComparison(left.schema());
    boolean[] worthKeeping = worthKeeping(comparison);
    int passes = left.passes();
    long[][] leftKeys = new long[passes][];
    long[][] rightKeys = new long[passes][];
    boolean[][] leftCompared = new boolean[passes][left.size()];
    List<int[]> blocks = new ArrayList<>(); // pass, leftStart, leftEnd, rightStart, rightEnd
    for (int pass = 0; pass < passes; pass++) {
      leftKeys[pass] = keyed(left, pass);
      rightKeys[pass] = sameSource ? leftKeys[pass] : keyed(right, pass);
      long[] l = leftKeys[pass];
      long[] r = rightKeys[pass];
      int i = 0;
      int j = 0;
      while (i < l.length && j < r.length) {
        long keyL = l[i] & KEY_MASK;
        long keyR = r[j] & KEY_MASK;
        if (keyL < keyR) {
          i++;
        } else if (keyL > keyR) {
          j++;
        } else {
          int iEnd = i;
          while (iEnd < l.length && (l[iEnd] & KEY_MASK) == keyL) {
            iEnd++;
          }
          int jEnd = j;
          while (jEnd < r.length && (r[jEnd] & KEY_MASK) == keyR) {
            jEnd++;
          }
          if (iEnd - i <= MAX_BLOCK && jEnd - j <= MAX_BLOCK && (!sameSource || iEnd - i > 1)) {
            blocks.add(new int[] {pass, i, iEnd, j, jEnd});
            for (int a = i; a < iEnd; a++) {
              leftCompared[pass][(int) l[a]] = true;
            }
          }
          i = iEnd;
          j = jEnd;
        }
      }
    }
    long[] leftByRecord = byRecord(left, passes);
    long[] rightByRecord = sameSource ? leftByRecord : byRecord(right, passes);
    boolean[] usedByRecord = new boolean[left.size() * passes];
    for (int pass = 0; pass < passes; pass++) {
      for (int i = 0; i < left.size(); i++) {
        usedByRecord[i * passes + pass] = leftCompared[pass][i];
      }
    }
    long[] lw = left.words();
    long[] rw = right.words();
    ConcurrentLinkedQueue<Local> locals = new ConcurrentLinkedQueue<>();
    ThreadLocal<Local> local =
        ThreadLocal.withInitial(
            () -> {
              Local created = new Local(comparison.patterns());
              locals.add(created);
              return created;
            });
    IntStream.range(0, blocks.size())
        .parallel()
        .forEach(
            index -> {
              int[] block = blocks.get(index);
              int pass = block[0];
              long[] l = leftKeys[pass];
              long[] r = rightKeys[pass];
              Local mine = local.get();
              long[] histogram = mine.histogram;
              long count = 0;
              for (int a = block[1]; a < block[2]; a++) {
                int li = (int) l[a];
                int lo = left.offset(li);
                for (int b = sameSource ? a + 1 : block[3]; b < block[4]; b++) {
                  int ri = (int) r[b];
                  if (pass > 0
                      && seenBefore(
                          pass, passes, li, ri, leftByRecord, rightByRecord, usedByRecord)) {
                    continue;
                  }
                  count++;
                  int ro = right.offset(ri);
                  if (!comparison.worthComparing(lw, lo, rw, ro)) {
                    continue;
                  }
                  int flagged = comparison.compare(lw, lo, rw, ro);
                  int pattern = flagged & ~FieldComparison.SWAPPED;
                  histogram[pattern]++;
                  if (worthKeeping[pattern]) {
                    long pair =
                        sameSource && ri < li
                            ? (long) ri << 32 | li
                            : (long) li << 32 | (ri & 0xffffffffL);
                    mine.keep(pair, flagged);
                  }
                }
              }
              mine.comparisons += count;
            });
    Compared compared = new Compared(comparison);
    compared.histogram = new long[comparison.patterns()];
    int total = 0;
    for (Local l : locals) {
      total += l.size;
    }
    compared.pairs = new long[total];
    compared.patterns = new int[total];
    int at = 0;
    for (Local l : locals) {
      for (int p = 0; p < l.histogram.length; p++) {
        compared.histogram[p] += l.histogram[p];
      }
      compared.comparisons += l.comparisons;
      System.arraycopy(l.pairs, 0, compared.pairs, at, l.size);
      System.arraycopy(l.patterns, 0, compared.patterns, at, l.size);
      at += l.size;
    }
    return compared;
  }

  /**
   * Patterns with at least two of family name, given name and birth date (nearly) agreeing, one of
   * them and three other fields agreeing, or four other fields agreeing.
   */
  private static boolean[] worthKeeping(FieldComparison comparison) {
    var schema = comparison.schema();
    int[] core = {
      schema.indexOf(org.koldoo.privacy.clk.FieldSchema.Role.FAMILY_NAME),
      schema.indexOf(org.koldoo.privacy.clk.FieldSchema.Role.GIVEN_NAME),
      schema.indexOf(org.koldoo.privacy.clk.FieldSchema.Role.BIRTH_DATE)
    };
    boolean[] keep = new boolean[comparison.patterns()];
    for (int p = 0; p < keep.length; p++) {
      int positive = 0;
      for (int f : core) {
        if (f >= 0 && comparison.outcome(p, f).positive()) {
          positive++;
        }
      }
      int others = 0;
      for (int f = 0; f < comparison.fields(); f++) {
        if (schema.field(f).role() == org.koldoo.privacy.clk.FieldSchema.Role.OTHER
            && comparison.outcome(p, f) == FieldComparison.Outcome.AGREE) {
          others++;
        }
      }
      keep[p] = positive >= 2 || positive == 1 && others >= 3 || others >= 4;
    }
    return keep;
  }

  /** Whether an earlier pass compared this pair already (same key, in a block that was used). */
  private static boolean seenBefore(
      int pass, int passes, int l, int r, long[] leftKeys, long[] rightKeys, boolean[] used) {
    int lo = l * passes;
    int ro = r * passes;
    for (int q = 0; q < pass; q++) {
      long key = leftKeys[lo + q];
      if (key != FieldEncodings.MISSING
          && (key & KEY_MASK) == (rightKeys[ro + q] & KEY_MASK)
          && used[lo + q]) {
        return true;
      }
    }
    return false;
  }

  /** Each record's keys one after another (record by record), for the "seen before" check. */
  private static long[] byRecord(FieldEncodings records, int passes) {
    long[] keys = new long[records.size() * passes];
    for (int i = 0; i < records.size(); i++) {
      for (int p = 0; p < passes; p++) {
        keys[i * passes + p] = records.key(p, i);
      }
    }
    return keys;
  }

  /** Blocks are told apart by the keys' upper 32 bits; a rare collision only adds candidates. */
  private static final long KEY_MASK = 0xffffffff00000000L;

  /** The pass's keys, each packed with its record index, sorted. */
  private static long[] keyed(FieldEncodings records, int pass) {
    long[] keyed = new long[records.size()];
    int size = 0;
    for (int i = 0; i < records.size(); i++) {
      long key = records.key(pass, i);
      if (key != FieldEncodings.MISSING) {
        keyed[size++] = (key & KEY_MASK) | i;
      }
    }
    long[] sorted = Arrays.copyOf(keyed, size);
    Arrays.parallelSort(sorted);
    return sorted;
  }
}
