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
    UUID id = c.id();
    UUID article = c.article();
    boolean lesserFromStart = c.lesserFromStart();
    LocalDate day = registered;
    UUID current = article;
    if (random.nextInt(20) == 0) {
      event(w, random, id, "JOINT_INVESTIGATIVE_GROUP", day, 10, Detail.NONE, today, now);
    }
    if (random.nextInt(20) == 0) {
      event(w, random, id, "INTERNATIONAL_REQUEST", day, 10, Detail.country("RU"), today, now);
    }
    if (random.nextInt(20) == 0) {
      event(w, random, id, "WITNESS_PROTECTION", day, 10, Detail.NONE, today, now);
    }
    if (!lesserFromStart && random.nextInt(4) == 0) {
      UUID to = LESSER[random.nextInt(LESSER.length)];
      LocalDate on =
          event(
              w, random, id, "RECLASSIFIED", day, 90, Detail.reclassified(article, to), today, now);
      if (on == null) {
        return;
      }
      day = on;
      current = to;
    }
    int fate = random.nextInt(10);
    if (fate < 2) {
      event(
          w,
          random,
          id,
          "CLOSED",
          day,
          150,
          Detail.reason(random.nextBoolean() ? "VICTIM_WITHDREW" : "INSUFFICIENT_EVIDENCE"),
          today,
          now);
      return;
    }
    if (fate < 5) {
      return; // still under investigation
    }
    LocalDate court = event(w, random, id, "SENT_TO_COURT", day, 180, Detail.NONE, today, now);
    if (court == null) {
      return;
    }
    if (random.nextInt(15) == 0) {
      event(w, random, id, "VIDEO_TESTIMONY", court, 20, Detail.NONE, today, now);
    }
    LocalDate verdictDay = court.plusDays(30 + random.nextInt(150));
    if (verdictDay.isAfter(today)) {
      return;
    }
    boolean anyConviction = false;
    for (UUID defendant : accused) {
      int v = random.nextInt(20);
      String outcome =
          v < 13
              ? "CONVICTED"
              : v < 16 ? "DISMISSED_INSUFFICIENT_EVIDENCE" : v < 18 ? "ACQUITTED" : "DISMISSED";
      fixed(w, id, "VERDICT", verdictDay, Detail.verdict(defendant, outcome), now);
      if (outcome.equals("CONVICTED")) {
        anyConviction = true;
        boolean suspended = random.nextInt(7) == 0;
        int months =
            current.equals(ART_166) || current.equals(ART_170)
                ? 36 + random.nextInt(25)
                : current.equals(ART_159) ? 24 + random.nextInt(97) : 6 + random.nextInt(43);
        fixed(w, id, "SENTENCE", verdictDay, Detail.sentence(defendant, months, suspended), now);
        if (random.nextInt(30) == 0) {
          fixed(w, id, "NON_PUNISHMENT", verdictDay, Detail.NONE, now);
        }
      }
    }
    if (anyConviction && random.nextInt(5) == 0) {
      BigDecimal amount = BigDecimal.valueOf(20_000 + random.nextInt(200_000));
      LocalDate ordered = verdictDay.plusDays(1);
      if (!ordered.isAfter(today)) {
        fixed(w, id, "COMPENSATION_ORDERED", ordered, Detail.amount(amount), now);
        LocalDate paid = ordered.plusDays(30 + random.nextInt(120));
        if (random.nextBoolean() && !paid.isAfter(today)) {
          fixed(w, id, "COMPENSATION_PAID", paid, Detail.amount(amount), now);
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
