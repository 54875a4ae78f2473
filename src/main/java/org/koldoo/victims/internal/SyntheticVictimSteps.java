package org.koldoo.victims.internal;

import static org.koldoo.victims.internal.SyntheticVictimCodes.*;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.koldoo.platform.synthetic.SyntheticWorld.PlannedReferral;

/**
 * The later steps of a synthetic case: the decision, the referrals and the return, as the case's
 * fate says.
 */
final class SyntheticVictimSteps {

  private SyntheticVictimSteps() {}

  /** The identification decision: identified, presumed or not a victim, as the fate says. */
  static void identify(Run run, Drawn d, UUID caseId, UUID owner, LocalDate decided) {
    SplittableRandom random = run.random();
    int fate = d.fate();
    String status =
        fate < 15 ? "IDENTIFIED_VICTIM" : fate < 25 ? "PRESUMED_VICTIM" : "NOT_A_VICTIM";
    run.decisions()
        .row(
            UUID.randomUUID(),
            caseId,
            decided,
            status,
            owner,
            List.of(d.type()),
            d.type().equals("FORCED_LABOUR") ? List.of(pick(random, SECTORS)) : null,
            d.type().equals("SEXUAL_EXPLOITATION") ? List.of("PROSTITUTION") : null,
            means(random),
            pick(random, CHANNELS),
            pick(random, RELATIONS),
            List.of(pick(random, EXPLOITED_IN)),
            "synthetic");
  }

  /** Most victims are referred once or twice; each referral opens the case to its receiver. */
  static List<PlannedReferral> refer(Run run, UUID caseId, UUID owner, LocalDate decided) {
    SplittableRandom random = run.random();
    List<PlannedReferral> referrals = new ArrayList<>();
    if (random.nextInt(10) < 8) {
      int count = 1 + random.nextInt(2);
      for (int r = 0; r < count; r++) {
        UUID to =
            GOVERNMENT.contains(owner)
                ? pick(random, new UUID[] {CC_BISHKEK, CC_OSH, IOM})
                : random.nextInt(4) == 0 ? MOL : owner.equals(IOM) ? CC_BISHKEK : IOM;
        if (to.equals(owner)) {
          continue;
        }
        PlannedReferral referral =
            new PlannedReferral(
                UUID.randomUUID(),
                to,
                pick(random, SERVICES),
                decided.plusDays(random.nextInt(10)));
        referrals.add(referral);
        run.grants().row(UUID.randomUUID(), caseId, to, referral.id(), true, run.now());
      }
    }
    return referrals;
  }

  /** Some foreign victims go home; some nationals had consular help abroad. */
  static void returnHome(Run run, Drawn d, UUID caseId, LocalDate decided) {
    SplittableRandom random = run.random();
    if (!"KG".equals(d.citizenship()) && random.nextInt(3) == 0) {
      run.returns()
          .row(
              UUID.randomUUID(),
              caseId,
              "REPATRIATION_OF_FOREIGN_VICTIM",
              decided.plusDays(30),
              d.citizenship(),
              MFA,
              "synthetic");
    } else if (random.nextInt(8) == 0) {
      run.returns()
          .row(
              UUID.randomUUID(),
              caseId,
              "CONSULAR_ASSISTANCE",
              decided.minusDays(5),
              pick(random, EXPLOITED_IN),
              MFA,
              "synthetic");
    }
  }

  /** One or two means of control, as the case form stores them: distinct and sorted. */
  static List<String> means(SplittableRandom random) {
    java.util.TreeSet<String> means = new java.util.TreeSet<>();
    means.add(pick(random, MEANS));
    if (random.nextBoolean()) {
      means.add(pick(random, MEANS));
    }
    return List.copyOf(means);
  }

  static LocalDate parse(String basic, LocalDate fallback) {
    try {
      return LocalDate.parse(basic, DateTimeFormatter.BASIC_ISO_DATE);
    } catch (RuntimeException e) {
      return fallback;
    }
  }

  static String pseudonym(SplittableRandom random) {
    StringBuilder out = new StringBuilder("V-");
    for (int i = 0; i < 8; i++) {
      out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return out.toString();
  }
}
