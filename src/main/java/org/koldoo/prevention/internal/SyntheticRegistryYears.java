package org.koldoo.prevention.internal;

import static org.koldoo.prevention.internal.SyntheticPreventionCodes.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.koldoo.platform.synthetic.SyntheticWorld;

/**
 * One year of the synthetic prevention registries: agencies and their reports, SOPs, inspections,
 * training, campaigns, migration-service periods, meetings and the action plan.
 */
final class SyntheticRegistryYears {

  private SyntheticRegistryYears() {}

  /** Licensed agencies, some suspended. */
  static List<UUID> agencies(
      SyntheticWorld world, SplittableRandom random, Instant now, Writers w) {
    List<UUID> agencyIds = new java.util.ArrayList<>();
    for (int n = 0; n < world.scaled(150); n++) {
      UUID id = UUID.randomUUID();
      LocalDate from = LocalDate.of(world.firstYear() - 2, 1, 1).plusDays(random.nextInt(1500));
      w.agencies()
          .row(
              id,
              "SYN-L-" + (n + 1),
              "Agency " + (n + 1) + " LLC",
              from,
              from.plusYears(3),
              random.nextInt(15) == 0 ? "SUSPENDED" : "VALID",
              "RU,KR,TR",
              now,
              now);
      agencyIds.add(id);
    }
    return agencyIds;
  }

  /** Every body drafts the SOPs; two in three adopt them. */
  static void sops(SyntheticWorld world, SplittableRandom random, Writers w) {
    for (UUID body : SOP_BODIES) {
      LocalDate drafted = LocalDate.of(world.firstYear(), 1, 1).plusDays(random.nextInt(300));
      w.sop().row(UUID.randomUUID(), body, "DRAFTED", drafted, "synthetic");
      if (random.nextInt(3) > 0) {
        w.sop()
            .row(
                UUID.randomUUID(),
                body,
                "ADOPTED",
                drafted.plusDays(100 + random.nextInt(500)),
                "synthetic");
      }
    }
  }

  /** A year of labour inspections by the ministry. */
  static void inspections(SyntheticWorld world, SplittableRandom random, Writers w, int year) {
    for (int n = 0; n < world.scaled(40); n++) {
      w.inspections()
          .row(
              UUID.randomUUID(),
              SyntheticWorld.day(random, year),
              MOL,
              random.nextInt(3) == 0,
              "Establishment " + year + "-" + n,
              INSPECTED_SECTORS[random.nextInt(INSPECTED_SECTORS.length)],
              pick(random, REGIONS),
              pick(random, SITES),
              random.nextInt(20) == 0 ? "ILO_EXCESSIVE_OVERTIME" : null,
              random.nextInt(40) == 0,
              "synthetic");
    }
  }

  /** A year of training events. */
  static void training(SyntheticWorld world, SplittableRandom random, Writers w, int year) {
    for (int n = 0; n < world.scaled(15); n++) {
      w.training()
          .row(
              UUID.randomUUID(),
              SyntheticWorld.day(random, year),
              "Identifying victims",
              random.nextBoolean() ? "PGO Training Centre" : "IOM",
              random.nextBoolean() ? "IOM" : "OSCE",
              "IN_PERSON",
              random.nextInt(20),
              random.nextInt(15),
              random.nextInt(5),
              random.nextInt(5),
              random.nextInt(10),
              random.nextInt(8) == 0 ? 5 : 0,
              0,
              random.nextInt(5),
              "synthetic");
    }
  }

  /** Four awareness campaigns a year. */
  static void campaigns(SyntheticWorld world, SplittableRandom random, Writers w, int year) {
    for (int n = 0; n < 4; n++) {
      LocalDate start = SyntheticWorld.day(random, year);
      w.campaigns()
          .row(
              UUID.randomUUID(),
              n == 0 ? "100 days against trafficking " + year : "Safe migration " + year + "-" + n,
              start,
              start.plusDays(30 + random.nextInt(70)),
              "BISHKEK,OSH",
              "SOCIAL_MEDIA,TELEVISION",
              world.scaled(2000 + random.nextInt(20_000)),
              "synthetic");
    }
  }

  /** The employment centre's four quarters. */
  static void periods(SyntheticWorld world, SplittableRandom random, Writers w, int year) {
    for (int q = 0; q < 4; q++) {
      LocalDate start = LocalDate.of(year, 1 + 3 * q, 1);
      w.periods()
          .row(
              UUID.randomUUID(),
              start,
              start.plusMonths(3).minusDays(1),
              world.scaled(200 + random.nextInt(300)),
              world.scaled(1000 + random.nextInt(2000)),
              world.scaled(800 + random.nextInt(800)),
              "synthetic");
    }
  }

  /** Two working-group meetings a year. */
  static void meetings(SplittableRandom random, Writers w, int year) {
    for (int n = 0; n < 2; n++) {
      w.meetings()
          .row(
              UUID.randomUUID(),
              SyntheticWorld.day(random, year),
              // the bodies' ids, as the meeting form writes them
              RegistryValues.ids(
                  java.util.Set.of(
                      SyntheticPreventionCodes.MOL,
                      SyntheticPreventionCodes.MVD,
                      SyntheticPreventionCodes.SOP_BODIES[2],
                      SyntheticPreventionCodes.IOM)),
              null,
              "synthetic");
    }
  }

  /** Eight action-plan activities due each year, in every standing. */
  static void plan(SplittableRandom random, Writers w, int year, int[] activity) {
    for (int n = 0; n < 8; n++) {
      activity[0]++;
      LocalDate deadline = SyntheticWorld.day(random, year);
      int s = random.nextInt(10);
      w.nap()
          .row(
              UUID.randomUUID(),
              "SYN-" + activity[0],
              "NAP activity " + activity[0],
              MOL,
              deadline,
              s < 5 ? "DONE" : s < 8 ? "IN_PROGRESS" : s < 9 ? "NOT_STARTED" : "DROPPED",
              "synthetic");
    }
  }

  /** Complaints and fee reports about the agencies. */
  static void reports(
      SyntheticWorld world,
      SplittableRandom random,
      Instant now,
      Writers w,
      int year,
      List<UUID> agencyIds) {
    for (int n = 0; n < world.scaled(30); n++) {
      boolean fee = random.nextBoolean();
      w.reports()
          .row(
              UUID.randomUUID(),
              agencyIds.get(random.nextInt(agencyIds.size())),
              fee ? "FEE_REPORT" : "COMPLAINT",
              SyntheticWorld.day(random, year),
              fee ? BigDecimal.valueOf(200 + random.nextInt(3000)) : null,
              fee ? (random.nextBoolean() ? "PRE_DEPARTURE" : "AFTER_ARRIVAL") : null,
              "synthetic report",
              "synthetic",
              now);
    }
  }
}
