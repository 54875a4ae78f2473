package org.koldoo.justice.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.koldoo.platform.synthetic.BulkCopy;
import org.koldoo.platform.synthetic.SyntheticContributor;
import org.koldoo.platform.synthetic.SyntheticWorld;
import org.koldoo.platform.synthetic.SyntheticWorld.VictimFact;
import org.koldoo.privacy.FieldCipher;
import org.springframework.stereotype.Component;

/**
 * Synthetic criminal cases at every stage: about 30 a year at national scale, a quarter
 * reclassified to lesser offences, some closed (victims withdrawing among the reasons), half sent
 * to court with verdicts, sentences within the article's range, compensation and cooperation
 * events. Every sequence is one the case timeline accepts.
 */
@Component
class SyntheticJustice implements SyntheticContributor {

  static final UUID MVD = UUID.fromString("00000000-0000-0000-0000-000000000002");
  static final UUID PGO = UUID.fromString("00000000-0000-0000-0000-000000000003");
  static final UUID COURTS = UUID.fromString("00000000-0000-0000-0000-000000000004");
  private static final UUID ART_166 = UUID.fromString("10000000-0000-0000-0000-000000000166");
  private static final UUID ART_170 = UUID.fromString("10000000-0000-0000-0000-000000000170");
  private static final UUID ART_159 = UUID.fromString("10000000-0000-0000-0000-000000000159");
  private static final UUID[] LESSER = {
    UUID.fromString("20000000-0000-0000-0000-000000000001"),
    UUID.fromString("20000000-0000-0000-0000-000000000002"),
    UUID.fromString("20000000-0000-0000-0000-000000000003"),
    UUID.fromString("20000000-0000-0000-0000-000000000004"),
    UUID.fromString("20000000-0000-0000-0000-000000000005")
  };
  private static final String[] ORIGINS = {
    "POLICE_INITIATIVE", "POLICE_INITIATIVE", "VICTIM_COMPLAINT", "NGO_OR_IO_COMPLAINT",
    "LABOUR_INSPECTION", "HOTLINE", "FOREIGN_REQUEST", "ENFORCEMENT_OPERATION"
  };
  private static final String[] NAMES = {
    "Асанов Бакыт", "Мамытова Айгүл", "Исаков Нурлан", "Omurov Talant", "Жумабаев Эрлан"
  };

  private final FieldCipher cipher;

  SyntheticJustice(FieldCipher cipher) {
    this.cipher = cipher;
  }

  @Override
  public int order() {
    return 30;
  }

  @Override
  public void generate(SyntheticWorld world) {
    SplittableRandom random = world.random("justice");
    LocalDate today = LocalDate.now();
    Instant now = Instant.now();
    List<VictimFact> identified =
        world.victims().stream().filter(v -> v.identifiedOn() != null).toList();
    BulkCopy bulk = world.bulk();
    try (var operations =
            bulk.into(
                "enforcement_operation",
                List.of(
                    "id",
                    "name",
                    "place",
                    "started_on",
                    "ended_on",
                    "offences_uncovered",
                    "trafficking_among_offences",
                    "organisation_id",
                    "recorded_by"));
        var cases =
            bulk.into(
                "criminal_case",
                List.of(
                    "id",
                    "registration_number",
                    "organisation_id",
                    "registered_on",
                    "origin",
                    "exploitation_types",
                    "initial_article_id",
                    "not_international_definition",
                    "operation_id",
                    "created_by",
                    "created_at"));
        var victims =
            bulk.into(
                "criminal_case_victim",
                List.of("criminal_case_id", "victim_case_id", "pseudonym"));
        var defendants =
            bulk.into(
                "defendant",
                List.of(
                    "id",
                    "criminal_case_id",
                    "identity_ciphertext",
                    "sex",
                    "citizenship",
                    "public_official",
                    "birth_date",
                    "birth_year",
                    "created_at"));
        var events =
            bulk.into(
                "case_event",
                List.of(
                    "id",
                    "criminal_case_id",
                    "event_type",
                    "occurred_on",
                    "defendant_id",
                    "article_from_id",
                    "article_to_id",
                    "reason",
                    "outcome",
                    "months",
                    "suspended",
                    "amount_kgs",
                    "country",
                    "recorded_by",
                    "recorded_at",
                    "organisation_id"));
        var bodies =
            bulk.into(
                "criminal_case_body",
                List.of("criminal_case_id", "organisation_id", "added_at", "added_by"));
        var detentions =
            bulk.into(
                "operation_detention",
                List.of(
                    "id",
                    "operation_id",
                    "occurred_on",
                    "measure",
                    "persons",
                    "citizenship",
                    "screened",
                    "referred_as_victims",
                    "organisation_id",
                    "recorded_by",
                    "recorded_at"))) {
      // the attributes added later draw from their own stream, so the rest stays as it was
      SplittableRandom extra = world.random("justice-details");
      Writers w = new Writers(cases, victims, defendants, events, operations, bodies, extra);
      int sequence = 0;
      for (int year = world.firstYear(); year <= world.lastYear(); year++) {
        List<UUID> yearOperations = new ArrayList<>();
        for (int n = 0; n < world.scaled(6); n++) {
          UUID id = UUID.randomUUID();
          LocalDate start = SyntheticWorld.day(random, year);
          operations.row(
              id,
              "Operation " + year + "-" + (n + 1),
              random.nextBoolean() ? "Bishkek" : "Osh",
              start,
              start.plusDays(1 + random.nextInt(5)),
              random.nextInt(60),
              random.nextInt(4) == 0 ? "YES" : extra.nextInt(3) == 0 ? "UNKNOWN" : "NO",
              MVD,
              "synthetic");
          yearOperations.add(id);
          for (String measure : List.of("DETENTION", "ARREST", "DEPORTATION")) {
            if (extra.nextInt(3) == 0 && !start.isAfter(today)) {
              int persons = 1 + extra.nextInt(20);
              boolean screened = extra.nextBoolean();
              detentions.row(
                  UUID.randomUUID(),
                  id,
                  start,
                  measure,
                  persons,
                  extra.nextInt(3) == 0 ? "UZ" : "KG",
                  screened,
                  screened ? extra.nextInt(persons + 1) / 4 : 0,
                  MVD,
                  "synthetic",
                  now);
            }
          }
        }
        for (int n = 0; n < world.scaled(30); n++) {
          LocalDate registered = SyntheticWorld.day(random, year);
          if (registered.isAfter(today)) {
            continue;
          }
          String origin = ORIGINS[random.nextInt(ORIGINS.length)];
          sequence++;
          oneCase(
              w,
              random,
              world,
              registered,
              origin,
              origin.equals("ENFORCEMENT_OPERATION")
                  ? yearOperations.get(random.nextInt(yearOperations.size()))
                  : null,
              identified,
              today,
              now,
              sequence);
        }
      }
      world.counted("criminal_case", cases.written());
      world.counted("criminal_case_victim", victims.written());
      world.counted("defendant", defendants.written());
      world.counted("case_event", events.written());
      world.counted("criminal_case_body", bodies.written());
      world.counted("enforcement_operation", operations.written());
      world.counted("operation_detention", detentions.written());
    }
  }

  /** A defendant's date or only year of birth, or neither. */
  private record Born(LocalDate date, Integer year) {
    static Born draw(SplittableRandom random, LocalDate registered) {
      int kind = random.nextInt(10);
      if (kind == 0) {
        return new Born(null, null);
      }
      LocalDate date =
          registered.minusYears(17 + random.nextInt(45)).minusDays(random.nextInt(365));
      return kind < 6 ? new Born(date, date.getYear()) : new Born(null, date.getYear());
    }
  }

  private void oneCase(
      Writers w,
      SplittableRandom random,
      SyntheticWorld world,
      LocalDate registered,
      String origin,
      UUID operation,
      List<VictimFact> identified,
      LocalDate today,
      Instant now,
      int sequence) {
    Registered c = register(w, random, registered, origin, operation, identified, now, sequence);
    List<UUID> accused = accuse(w, random, c.id(), registered, now);
    proceed(w, random, c, accused, registered, today, now);
  }

  /** A case as registered: its id, initial article, and whether that article was lesser. */
  private record Registered(UUID id, UUID article, boolean lesserFromStart) {}

  /** The case, the bodies handling it and the identified victims linked to it. */
  private Registered register(
      Writers w,
      SplittableRandom random,
      LocalDate registered,
      String origin,
      UUID operation,
      List<VictimFact> identified,
      Instant now,
      int sequence) {
    UUID id = UUID.randomUUID();
    boolean lesserFromStart = random.nextInt(10) == 0;
    String type = random.nextInt(10) < 3 ? "SEXUAL_EXPLOITATION" : "FORCED_LABOUR";
    UUID article =
        lesserFromStart
            ? LESSER[random.nextInt(LESSER.length)]
            : type.equals("SEXUAL_EXPLOITATION")
                ? (random.nextBoolean() ? ART_166 : ART_159)
                : ART_170;
    w.cases()
        .row(
            id,
            "SYN-" + registered.getYear() + "-" + sequence,
            MVD,
            registered,
            origin,
            w.extra().nextInt(15) == 0
                ? List.of("FORCED_LABOUR", "SEXUAL_EXPLOITATION")
                : List.of(type),
            article,
            random.nextInt(40) == 0,
            operation,
            "synthetic",
            now);
    // the national police, prosecution and courts handle every synthetic case
    for (UUID body : List.of(MVD, PGO, COURTS)) {
      w.bodies().row(id, body, now, "synthetic");
    }
    if (!identified.isEmpty()) {
      int count = 1 + random.nextInt(3);
      java.util.Set<UUID> linked = new java.util.HashSet<>();
      for (int v = 0; v < count; v++) {
        VictimFact victim = identified.get(random.nextInt(identified.size()));
        if (linked.add(victim.caseId())) {
          w.victims().row(id, victim.caseId(), victim.pseudonym());
        }
      }
    }
    return new Registered(id, article, lesserFromStart);
  }

  /** One to three suspects, their identities sealed. */
  private List<UUID> accuse(
      Writers w, SplittableRandom random, UUID id, LocalDate registered, Instant now) {
    List<UUID> accused = new ArrayList<>();
    int count = 1 + random.nextInt(3);
    for (int d = 0; d < count; d++) {
      UUID defendant = UUID.randomUUID();
      Born born = Born.draw(w.extra(), registered);
      w.defendants()
          .row(
              defendant,
              id,
              cipher.encrypt(NAMES[random.nextInt(NAMES.length)], "defendant:" + defendant),
              random.nextInt(4) == 0 ? "FEMALE" : "MALE",
              random.nextInt(8) == 0 ? "KZ" : "KG",
              random.nextInt(25) == 0,
              born.date(),
              born.year(),
              now);
      accused.add(defendant);
    }
    return accused;
  }

  /** Investigation, perhaps a downgrade, and for some a trial, verdicts and sentences. */
  private void proceed(
      Writers w,
      SplittableRandom random,
      Registered c,
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
  private LocalDate event(
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

  private static void fixed(
      Writers w, UUID caseId, String type, LocalDate on, Detail detail, Instant now) {
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
