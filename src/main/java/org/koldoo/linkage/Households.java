package org.koldoo.linkage;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Whether a register shows households, and keeping one automatic link per record. */
final class Households {

  private Households() {}

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
}
