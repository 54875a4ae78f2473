package org.koldoo.linkage;

import java.util.EnumSet;
import java.util.Set;
import org.koldoo.linkage.FieldComparison.Outcome;
import org.koldoo.privacy.clk.FieldSchema.Role;

/**
 * When a pair may be linked without a person: only where the evidence is decisive, and never on
 * what real registers show to be shared by different people. A pair is linked automatically only if
 * every rule holds; a pair the model finds probable enough to look at but that breaks a rule goes
 * to review, with the rules it broke as its reasons.
 *
 * <ol>
 *   <li>the model's probability reaches the automatic threshold;
 *   <li>both the family and the given name agree or nearly agree (so a given name and a birth year
 *       — namesakes — never suffice, and neither do twins, who share all but the given name); one
 *       of them may be missing only when the other fields carry decisive evidence on their own (see
 *       3);
 *   <li>the date of birth agrees or nearly agrees (one digit, day and month swapped); failing that,
 *       the other fields (address, postcode…) must carry at least {@value #OTHER_EVIDENCE_BITS}
 *       bits of evidence on their own — the region and citizenship of a Kyrgyz register never do;
 *       Where the register shows no households at all (see {@code Households.households}), an
 *       agreeing family name with another or no given name needs only decisive other evidence;
 *   <li>a recorded sex that differs is accepted only when every other field agrees exactly;
 *   <li>two records the same organisation registered as different persons are linked only when both
 *       names and the full date of birth agree exactly.
 * </ol>
 *
 * Mutual best candidates get no special treatment: being the best of weak candidates is not
 * evidence.
 */
public final class LinkRules {

  /** Evidence, in bits, that fields other than names, birth date and sex must carry alone. */
  static final double OTHER_EVIDENCE_BITS = 10;

  /**
   * Evidence, in bits, those fields must carry to outweigh a name that differs outright: twice the
   * decisive amount. Twins share family name, birth date, father and home and differ in the given
   * name only; region, citizenship and one address line never reach this, a full street address
   * with postcode and suburb can.
   */
  static final double CONTRADICTION_BITS = 20;

  /** What the rules decided. */
  public enum Verdict {
    AUTOMATIC,
    REVIEW,
    NONE
  }

  /** Why a pair was left to a person. */
  public enum Reason {
    WEIGHT,
    NAMES,
    BIRTH_DATE,
    SEX,
    SAME_ORGANISATION,
    COMPETING
  }

  private final double automaticAt;
  private final double reviewAt;

  /**
   * @param automaticAt probability from which a pair may link automatically
   * @param reviewAt probability from which a pair is worth a person's time
   */
  public LinkRules(double automaticAt, double reviewAt) {
    if (!(reviewAt > 0 && reviewAt <= automaticAt && automaticAt < 1)) {
      throw new IllegalArgumentException("need 0 < review ≤ automatic < 1");
    }
    this.automaticAt = automaticAt;
    this.reviewAt = reviewAt;
  }

  public static LinkRules defaults() {
    return new LinkRules(0.99, 0.2);
  }

  public double automaticAt() {
    return automaticAt;
  }

  public double reviewAt() {
    return reviewAt;
  }

  /** The rules a pair breaks (empty: it may link automatically). */
  public Set<Reason> broken(
      MatchModel model, int pattern, double probability, boolean sameSource, boolean households) {
    FieldComparison c = model.comparison();
    int p = pattern & ~FieldComparison.SWAPPED;
    Set<Reason> reasons = EnumSet.noneOf(Reason.class);
    if (probability < automaticAt) {
      reasons.add(Reason.WEIGHT);
    }
    Outcome family = outcome(c, p, Role.FAMILY_NAME);
    Outcome given = outcome(c, p, Role.GIVEN_NAME);
    Outcome born = outcome(c, p, Role.BIRTH_DATE);
    Outcome sex = outcome(c, p, Role.SEX);
    double other = otherEvidence(model, p);
    boolean namesDecisive;
    if (family.positive() && given.positive()) {
      namesDecisive = true;
    } else if (given.positive()) {
      // the family name missing, or another one (a name taken at marriage); no brother or sister
      // shares the given name
      namesDecisive =
          born.positive() && other >= OTHER_EVIDENCE_BITS || other >= CONTRADICTION_BITS;
    } else if (family.positive() && !households) {
      // a register without households: another given name is a mistake, not a sibling
      namesDecisive = other >= OTHER_EVIDENCE_BITS;
    } else if (family.positive()) {
      // the given name missing or only alike; differing outright is what twins look like
      namesDecisive =
          born.positive()
              && other >= (given == Outcome.DIFFER ? CONTRADICTION_BITS : OTHER_EVIDENCE_BITS);
    } else {
      namesDecisive = born == Outcome.AGREE && other >= CONTRADICTION_BITS;
    }
    if (!namesDecisive) {
      reasons.add(Reason.NAMES);
    }
    if (!born.positive() && other < OTHER_EVIDENCE_BITS) {
      reasons.add(Reason.BIRTH_DATE);
    }
    if (sex == Outcome.DIFFER && !allElseExact(c, p)) {
      reasons.add(Reason.SEX);
    }
    if (sameSource
        && !(family == Outcome.AGREE && given == Outcome.AGREE && born == Outcome.AGREE)) {
      reasons.add(Reason.SAME_ORGANISATION);
    }
    return reasons;
  }

  /** The verdict for a pair. */
  public Verdict verdict(Set<Reason> broken, double probability) {
    if (broken.isEmpty()) {
      return Verdict.AUTOMATIC;
    }
    return probability >= reviewAt ? Verdict.REVIEW : Verdict.NONE;
  }

  /** Missing, or alike without being one typo apart. */
  private static boolean weak(Outcome o) {
    return o == Outcome.MISSING || o == Outcome.PARTIAL;
  }

  private static Outcome outcome(FieldComparison c, int pattern, Role role) {
    int field = c.schema().indexOf(role);
    return field < 0 ? Outcome.MISSING : c.outcome(pattern, field);
  }

  /**
   * Positive evidence of the fields weighed on their own that are neither names, nor birth date,
   * nor sex (the address is weighed with the names, see {@link MatchModel}).
   */
  private static double otherEvidence(MatchModel model, int pattern) {
    FieldComparison c = model.comparison();
    double bits = 0;
    for (int f = 0; f < c.fields(); f++) {
      if (c.schema().field(f).role() == Role.OTHER && !model.joint(f)) {
        bits += Math.max(0, model.fieldWeight(f, pattern));
      }
    }
    return bits;
  }

  /** Names, birth date present and equal, and no other present field anything but equal. */
  private static boolean allElseExact(FieldComparison c, int pattern) {
    for (int f = 0; f < c.fields(); f++) {
      Role role = c.schema().field(f).role();
      if (role == Role.SEX) {
        continue;
      }
      Outcome o = c.outcome(pattern, f);
      boolean required =
          role == Role.FAMILY_NAME || role == Role.GIVEN_NAME || role == Role.BIRTH_DATE;
      if (o != Outcome.AGREE && (required || o != Outcome.MISSING)) {
        return false;
      }
    }
    return true;
  }
}
