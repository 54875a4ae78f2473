package org.koldoo.justice.internal;

import static org.koldoo.justice.internal.SyntheticJusticeCodes.*;
import static org.koldoo.justice.internal.SyntheticProceedings.*;

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
                "id, name, place, started_on, ended_on, offences_uncovered, trafficking_among_offences, organisation_id, recorded_by");
        var cases =
            bulk.into(
                "criminal_case",
                "id, registration_number, organisation_id, registered_on, origin, exploitation_types, initial_article_id, not_international_definition, operation_id, created_by, created_at");
        var victims =
            bulk.into("criminal_case_victim", "criminal_case_id, victim_case_id, pseudonym");
        var defendants =
            bulk.into(
                "defendant",
                "id, criminal_case_id, identity_ciphertext, sex, citizenship, public_official, birth_date, birth_year, created_at");
        var events =
            bulk.into(
                "case_event",
                "id, criminal_case_id, event_type, occurred_on, defendant_id, article_from_id, article_to_id, reason, outcome, months, suspended, amount_kgs, country, recorded_by, recorded_at, organisation_id");
        var bodies =
            bulk.into(
                "criminal_case_body", "criminal_case_id, organisation_id, added_at, added_by");
        var detentions =
            bulk.into(
                "operation_detention",
                "id, operation_id, occurred_on, measure, persons, citizenship, screened, referred_as_victims, organisation_id, recorded_by, recorded_at")) {
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
    SyntheticCase c = register(w, random, registered, origin, operation, identified, now, sequence);
    List<UUID> accused = accuse(w, random, c.id(), registered, now);
    proceed(w, random, c, accused, registered, today, now);
  }

  /** The case, the bodies handling it and the identified victims linked to it. */
  private SyntheticCase register(
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
    return new SyntheticCase(id, article, lesserFromStart);
  }

  /** One to three suspects, their identities sealed. */
  private List<UUID> accuse(
      Writers w, SplittableRandom random, UUID id, LocalDate registered, Instant now) {
    List<UUID> accused = new ArrayList<>();
    int count = 1 + random.nextInt(3);
    for (int d = 0; d < count; d++) {
      UUID defendant = UUID.randomUUID();
      SyntheticBirth born = SyntheticBirth.draw(w.extra(), registered);
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
}
