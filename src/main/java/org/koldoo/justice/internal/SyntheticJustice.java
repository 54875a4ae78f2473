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
  private final java.time.Clock clock;

  SyntheticJustice(FieldCipher cipher, java.time.Clock clock) {
    this.cipher = cipher;
    this.clock = clock;
  }

  @Override
  public int order() {
    return 30;
  }

  @Override
  public void generate(SyntheticWorld world) {
    SplittableRandom random = world.random("justice");
    LocalDate today = LocalDate.now(clock); // Bishkek's: no event after its today
    Instant now = clock.instant();
    List<VictimFact> identified =
        world.victims().stream().filter(v -> v.identifiedOn() != null).toList();
    BulkCopy bulk = world.bulk();
    try (Writers w = Writers.open(bulk, world.random("justice-details"))) {
      SplittableRandom extra = w.extra();
      int sequence = 0;
      for (int year = world.firstYear(); year <= world.lastYear(); year++) {
        List<UUID> yearOperations = new ArrayList<>();
        for (int n = 0; n < world.scaled(6); n++) {
          yearOperations.add(
              operation(random, extra, w.operations(), w.detentions(), year, n, today, now));
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
      w.counted(world);
    }
  }

  /** One enforcement operation of a year, and the persons detained, arrested or deported in it. */
  private static UUID operation(
      SplittableRandom random,
      SplittableRandom extra,
      BulkCopy.Writer operations,
      BulkCopy.Writer detentions,
      int year,
      int n,
      LocalDate today,
      Instant now) {
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
    return id;
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
      // drawn in the order they always were, so that a seed gives the dataset it gave before
      String name = NAMES[random.nextInt(NAMES.length)];
      String sex = random.nextInt(4) == 0 ? "FEMALE" : "MALE";
      String citizenship = random.nextInt(8) == 0 ? "KZ" : "KG";
      boolean official = random.nextInt(25) == 0;
      w.defendants()
          .row(
              defendant,
              id,
              cipher.encrypt(name, "defendant:" + defendant),
              sex,
              citizenship,
              official,
              // the body every official must have, drawn without touching the random streams
              official ? OFFICIAL_BODIES[d % OFFICIAL_BODIES.length] : null,
              born.date(),
              born.year(),
              now);
      accused.add(defendant);
    }
    return accused;
  }
}
