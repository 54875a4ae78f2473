package org.koldoo.justice.internal;

import static org.koldoo.justice.internal.SyntheticJusticeCodes.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * What happens to a synthetic criminal case after registration: investigation, court, verdicts,
 * sentences, appeals and the lesser charges some end under.
 */
final class SyntheticProceedings {

  private SyntheticProceedings() {}

  /** Investigation, perhaps a downgrade, and for some a trial, verdicts and sentences. */
  static void proceed(
      Writers w,
      SplittableRandom random,
      SyntheticCase c,
      List<UUID> accused,
      LocalDate registered,
      LocalDate today,
      Instant now) {
    Proceeding steps = new Proceeding(w, random, c.id(), today, now);
    steps.cooperation(registered);
    LocalDate day = registered;
    UUID current = c.article();
    if (!c.lesserFromStart() && random.nextInt(4) == 0) {
      UUID to = LESSER[random.nextInt(LESSER.length)];
      day = steps.event("RECLASSIFIED", day, 90, Detail.reclassified(c.article(), to));
      if (day == null) {
        return;
      }
      current = to;
    }
    int fate = random.nextInt(10);
    if (fate < 2) {
      String reason = random.nextBoolean() ? "VICTIM_WITHDREW" : "INSUFFICIENT_EVIDENCE";
      steps.event("CLOSED", day, 150, Detail.reason(reason));
      return;
    }
    if (fate < 5) {
      return; // still under investigation
    }
    LocalDate verdictDay = steps.trial(day);
    if (verdictDay == null) {
      return;
    }
    boolean anyConviction = false;
    for (UUID defendant : accused) {
      anyConviction |= steps.verdict(defendant, current, verdictDay);
    }
    if (anyConviction && random.nextInt(5) == 0) {
      steps.compensation(verdictDay);
    }
  }

  /** The steps of one synthetic case's proceedings, in the order the random numbers are drawn. */
  private record Proceeding(
      Writers w, SplittableRandom random, UUID id, LocalDate today, Instant now) {

    LocalDate event(String type, LocalDate after, int withinDays, Detail detail) {
      return SyntheticProceedings.event(w, random, id, type, after, withinDays, detail, today, now);
    }

    void fixed(String type, LocalDate on, Detail detail) {
      SyntheticProceedings.fixed(w, id, type, on, detail, now);
    }

    /** International cooperation and protection some cases see during the investigation. */
    void cooperation(LocalDate day) {
      if (random.nextInt(20) == 0) {
        event("JOINT_INVESTIGATIVE_GROUP", day, 10, Detail.NONE);
      }
      if (random.nextInt(20) == 0) {
        event("INTERNATIONAL_REQUEST", day, 10, Detail.country("RU"));
      }
      if (random.nextInt(20) == 0) {
        event("WITNESS_PROTECTION", day, 10, Detail.NONE);
      }
    }

    /** Sent to court, perhaps video testimony; the day of the verdicts, or null if still ahead. */
    LocalDate trial(LocalDate day) {
      LocalDate court = event("SENT_TO_COURT", day, 180, Detail.NONE);
      if (court == null) {
        return null;
      }
      if (random.nextInt(15) == 0) {
        event("VIDEO_TESTIMONY", court, 20, Detail.NONE);
      }
      LocalDate verdictDay = court.plusDays(30 + random.nextInt(150));
      return verdictDay.isAfter(today) ? null : verdictDay;
    }

    /** One defendant's verdict and, when convicted, sentence; whether convicted. */
    boolean verdict(UUID defendant, UUID article, LocalDate verdictDay) {
      int v = random.nextInt(20);
      String outcome =
          v < 13
              ? "CONVICTED"
              : v < 16 ? "DISMISSED_INSUFFICIENT_EVIDENCE" : v < 18 ? "ACQUITTED" : "DISMISSED";
      fixed("VERDICT", verdictDay, Detail.verdict(defendant, outcome));
      if (!outcome.equals("CONVICTED")) {
        return false;
      }
      boolean suspended = random.nextInt(7) == 0;
      int months =
          article.equals(ART_166) || article.equals(ART_170)
              ? 36 + random.nextInt(25)
              : article.equals(ART_159) ? 24 + random.nextInt(97) : 6 + random.nextInt(43);
      fixed("SENTENCE", verdictDay, Detail.sentence(defendant, months, suspended));
      if (random.nextInt(30) == 0) {
        fixed("NON_PUNISHMENT", verdictDay, Detail.NONE);
      }
      return true;
    }

    /** Compensation ordered the day after the verdict and, for some, paid later. */
    void compensation(LocalDate verdictDay) {
      BigDecimal amount = BigDecimal.valueOf(20_000 + random.nextInt(200_000));
      LocalDate ordered = verdictDay.plusDays(1);
      if (!ordered.isAfter(today)) {
        fixed("COMPENSATION_ORDERED", ordered, Detail.amount(amount));
        LocalDate paid = ordered.plusDays(30 + random.nextInt(120));
        if (random.nextBoolean() && !paid.isAfter(today)) {
          fixed("COMPENSATION_PAID", paid, Detail.amount(amount));
        }
      }
    }
  }

  /** An event some days after {@code after}; null (and nothing written) if that is in future. */
  static LocalDate event(
      Writers w,
      SplittableRandom random,
      UUID caseId,
      String type,
      LocalDate after,
      int withinDays,
      Detail detail,
      LocalDate today,
      Instant now) {
    LocalDate on = after.plusDays(1 + random.nextInt(withinDays));
    if (on.isAfter(today)) {
      return null;
    }
    fixed(w, caseId, type, on, detail, now);
    return on;
  }

  static void fixed(Writers w, UUID caseId, String type, LocalDate on, Detail detail, Instant now) {
    UUID by =
        type.equals("SENT_TO_COURT")
            ? PGO
            : type.startsWith("VERDICT")
                    || type.equals("SENTENCE")
                    || type.startsWith("COMPENSATION")
                ? COURTS
                : MVD;
    w.events()
        .row(
            UUID.randomUUID(),
            caseId,
            type,
            on,
            detail.defendant(),
            detail.from(),
            detail.to(),
            detail.reason(),
            detail.outcome(),
            detail.months(),
            detail.suspended(),
            detail.amount(),
            detail.country(),
            "synthetic",
            now,
            by);
  }
}
