package org.koldoo.prevention.internal;

import static org.koldoo.prevention.internal.SyntheticPreventionCodes.*;
import static org.koldoo.prevention.internal.SyntheticRegistryYears.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.koldoo.platform.synthetic.BulkCopy;
import org.koldoo.platform.synthetic.SyntheticContributor;
import org.koldoo.platform.synthetic.SyntheticWorld;
import org.koldoo.platform.synthetic.SyntheticWorld.VictimFact;
import org.springframework.stereotype.Component;

/**
 * Synthetic prevention registers at the chapter's volumes: 15,000 hotline calls a year (about one
 * in twelve about trafficking), about 40 labour inspections, training, campaigns, the employment
 * centre's quarterly counts, SOP adoption, working-group meetings, NAP activities and licensed
 * agencies with complaints and fee reports. Calls, inspections, training and agency reports scale;
 * the coordination registers do not.
 */
@Component
class SyntheticPrevention implements SyntheticContributor {

  @Override
  public int order() {
    return 40;
  }

  @Override
  public void generate(SyntheticWorld world) {
    SplittableRandom random = world.random("prevention");
    BulkCopy bulk = world.bulk();
    Instant now = Instant.now();
    LocalDate today = LocalDate.now(BISHKEK);
    List<VictimFact> victims = world.victims();
    try (var calls =
        bulk.into(
            "hotline_call",
            "id, organisation_id, received_at, received_on, channel, caller_type, language, region, country, topics, trafficking_related, outcome, referred_to, victim_case_id, operator, created_at")) {
      for (int year = world.firstYear(); year <= world.lastYear(); year++) {
        for (int n = 0; n < world.scaled(15_000); n++) {
          LocalDate day = SyntheticWorld.day(random, year);
          if (day.isAfter(today)) {
            continue;
          }
          var at =
              day.atTime(LocalTime.of(7 + random.nextInt(15), random.nextInt(60)))
                  .atZone(BISHKEK)
                  .toOffsetDateTime();
          boolean trafficking = random.nextInt(12) == 0;
          String outcome =
              trafficking && random.nextInt(6) == 0
                  ? "SCREENING_STARTED"
                  : random.nextInt(5) == 0 ? "REFERRED_TO_BODY" : "INFORMATION_GIVEN";
          UUID victim =
              outcome.equals("SCREENING_STARTED") && !victims.isEmpty()
                  ? victims.get(random.nextInt(victims.size())).caseId()
                  : null;
          calls.row(
              UUID.randomUUID(),
              random.nextInt(4) == 0 ? CC_BISHKEK : IOM,
              at,
              day,
              pick(random, CHANNELS),
              pick(random, CALLERS),
              random.nextInt(3) == 0 ? "ru" : "ky",
              pick(random, REGIONS),
              random.nextBoolean() ? "RU" : "KZ",
              trafficking ? "TRAFFICKING" : pick(random, TOPICS),
              trafficking,
              outcome,
              outcome.equals("REFERRED_TO_BODY") ? MOL : null,
              victim,
              "synthetic",
              now);
        }
      }
      bulk.execute(HotlineDays.ADD_SYNTHETIC);
      world.counted(calls);
    }
    registries(world, random, now);
    supportDemandHarassment(world);
  }

  static void registries(SyntheticWorld world, SplittableRandom random, Instant now) {
    try (Writers w = Writers.open(world.bulk())) {
      List<UUID> agencyIds = agencies(world, random, now, w);
      sops(world, random, w);
      int[] activity = {0};
      for (int year = world.firstYear(); year <= world.lastYear(); year++) {
        inspections(world, random, w, year);
        training(world, random, w, year);
        campaigns(world, random, w, year);
        periods(world, random, w, year);
        meetings(random, w, year);
        plan(random, w, year, activity);
        reports(world, random, now, w, year, agencyIds);
      }
      w.close();
      w.counted(world);
    }
  }

  /**
   * Government support to the two NGO crisis centres each year, a demand-reduction action most
   * years and a few harassment incidents, drawn from their own stream so the rest stays as it was.
   */
  static void supportDemandHarassment(SyntheticWorld world) {
    SplittableRandom random = world.random("prevention-rights");
    BulkCopy bulk = world.bulk();
    try (var support =
            bulk.into(
                "ngo_centre_support",
                "id, centre_id, funder_id, period_start, period_end, kind, amount_kgs, description, recorded_by");
        var actions =
            bulk.into(
                "demand_reduction_action",
                "id, held_on, organisation_id, kind, title, reach, recorded_by");
        var incidents =
            bulk.into(
                "harassment_incident",
                "id, reported_on, target, perpetrator, region, referred_to_police, description, recorded_by")) {
      String[] targets = {"LABOUR_UNION", "NGO", "WORKER_COMPLAINANT"};
      String[] perpetrators = {"EMPLOYER", "OFFICIAL", "OTHER", "UNKNOWN"};
      for (int year = world.firstYear(); year <= world.lastYear(); year++) {
        rightsYear(world, random, year, support, actions, incidents, targets, perpetrators);
      }
      world.counted(support, actions, incidents);
    }
  }

  /** One year of support to crisis centres, demand-reduction actions and harassment incidents. */
  private static void rightsYear(
      SyntheticWorld world,
      SplittableRandom random,
      int year,
      BulkCopy.Writer support,
      BulkCopy.Writer actions,
      BulkCopy.Writer incidents,
      String[] targets,
      String[] perpetrators) {
    LocalDate first = LocalDate.of(year, 1, 1);
    LocalDate last = LocalDate.of(year, 12, 31);
    support.row(
        UUID.randomUUID(),
        CC_BISHKEK,
        MOL,
        first,
        last,
        "MONEY",
        BigDecimal.valueOf(world.scaled(500_000 + random.nextInt(500_000))),
        null,
        "synthetic");
    support.row(
        UUID.randomUUID(),
        CC_OSH,
        OSH_CITY,
        first,
        last,
        "IN_KIND",
        BigDecimal.valueOf(120_000),
        "premises rent-free",
        "synthetic");
    if (random.nextInt(3) > 0) {
      actions.row(
          UUID.randomUUID(),
          SyntheticWorld.day(random, year),
          random.nextBoolean() ? MVD : MOL,
          random.nextBoolean() ? "LAW_ENFORCEMENT" : "AWARENESS",
          "Demand reduction " + year,
          random.nextInt(5000),
          "synthetic");
    }
    for (int n = 0; n < random.nextInt(4); n++) {
      incidents.row(
          UUID.randomUUID(),
          SyntheticWorld.day(random, year),
          targets[random.nextInt(targets.length)],
          perpetrators[random.nextInt(perpetrators.length)],
          pick(random, REGIONS),
          random.nextBoolean(),
          "synthetic incident",
          "synthetic");
    }
  }
}
