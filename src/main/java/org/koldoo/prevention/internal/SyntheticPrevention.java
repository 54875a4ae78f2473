package org.koldoo.prevention.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
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

  private static final ZoneId BISHKEK = ZoneId.of("Asia/Bishkek");
  private static final UUID IOM = UUID.fromString("00000000-0000-0000-0000-000000000013");
  private static final UUID CC_BISHKEK = UUID.fromString("00000000-0000-0000-0000-000000000011");
  private static final UUID MOL = UUID.fromString("00000000-0000-0000-0000-000000000001");
  private static final UUID MVD = UUID.fromString("00000000-0000-0000-0000-000000000002");
  private static final String[] CHANNELS = {
    "PHONE", "PHONE", "PHONE", "MESSENGER", "APP", "WALK_IN"
  };
  private static final String[] CALLERS = {
    "MIGRANT_OR_FAMILY",
    "MIGRANT_OR_FAMILY",
    "JOB_SEEKER",
    "POTENTIAL_VICTIM",
    "WITNESS_OR_THIRD_PARTY",
    "OFFICIAL",
    "OTHER"
  };
  private static final String[] TOPICS = {
    "SAFE_MIGRATION", "SAFE_MIGRATION", "LABOUR_RIGHTS", "LEGAL_ADVICE", "OTHER"
  };
  private static final String[] SITES = {
    "FACTORY", "FARM", "CONSTRUCTION", "INFRASTRUCTURE_SITE", "MINING_SITE", "SHOP_OR_SERVICE"
  };
  private static final String[] REGIONS = {"BISHKEK", "OSH_CITY", "CHUI", "OSH", "JALAL_ABAD"};
  private static final UUID[] SOP_BODIES = {
    MOL,
    MVD,
    UUID.fromString("00000000-0000-0000-0000-000000000003"),
    UUID.fromString("00000000-0000-0000-0000-000000000005"),
    UUID.fromString("00000000-0000-0000-0000-000000000006"),
    UUID.fromString("00000000-0000-0000-0000-000000000007"),
    UUID.fromString("00000000-0000-0000-0000-000000000008"),
    UUID.fromString("00000000-0000-0000-0000-000000000009"),
    UUID.fromString("00000000-0000-0000-0000-000000000010"),
    UUID.fromString("00000000-0000-0000-0000-000000000014")
  };

  @Override
  public int order() {
    return 40;
  }

  private static String pick(SplittableRandom random, String[] values) {
    return values[random.nextInt(values.length)];
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
            List.of(
                "id",
                "organisation_id",
                "received_at",
                "channel",
                "caller_type",
                "language",
                "region",
                "country",
                "topics",
                "trafficking_related",
                "outcome",
                "referred_to",
                "victim_case_id",
                "operator",
                "created_at"))) {
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
      world.counted("hotline_call", calls.written());
    }
    registries(world, random, now);
    supportDemandHarassment(world);
  }

  private void registries(SyntheticWorld world, SplittableRandom random, Instant now) {
    BulkCopy bulk = world.bulk();
    try (var inspections =
            bulk.into(
                "labour_inspection",
                List.of(
                    "id",
                    "inspected_on",
                    "inspecting_body",
                    "unannounced",
                    "establishment",
                    "sector",
                    "region",
                    "site_type",
                    "indicators",
                    "referred_to_police",
                    "recorded_by"));
        var training =
            bulk.into(
                "training_event",
                List.of(
                    "id",
                    "held_on",
                    "topic",
                    "organiser",
                    "funder",
                    "format",
                    "police",
                    "prosecutors",
                    "judges",
                    "labour_inspectors",
                    "social_workers",
                    "diplomats",
                    "peacekeepers",
                    "others",
                    "recorded_by"));
        var campaigns =
            bulk.into(
                "awareness_campaign",
                List.of(
                    "id",
                    "name",
                    "starts_on",
                    "ends_on",
                    "regions",
                    "channels",
                    "reach",
                    "recorded_by"));
        var periods =
            bulk.into(
                "migration_service_period",
                List.of(
                    "id",
                    "period_start",
                    "period_end",
                    "pre_departure_orientations",
                    "consultations",
                    "people_served",
                    "recorded_by"));
        var sop =
            bulk.into(
                "sop_adoption",
                List.of("id", "organisation_id", "stage", "reached_on", "recorded_by"));
        var meetings =
            bulk.into(
                "working_group_meeting",
                List.of("id", "held_on", "bodies", "decisions", "recorded_by"));
        var nap =
            bulk.into(
                "nap_activity",
                List.of(
                    "id",
                    "code",
                    "title",
                    "responsible_body",
                    "deadline",
                    "status",
                    "recorded_by"));
        var agencies =
            bulk.into(
                "employment_agency",
                List.of(
                    "id",
                    "licence_number",
                    "holder",
                    "valid_from",
                    "valid_to",
                    "status",
                    "destination_countries",
                    "created_at",
                    "updated_at"));
        var reports =
            bulk.into(
                "agency_report",
                List.of(
                    "id",
                    "agency_id",
                    "kind",
                    "received_on",
                    "fee_kgs",
                    "fee_stage",
                    "description",
                    "recorded_by",
                    "recorded_at"))) {
      Writers w =
          new Writers(
              inspections, training, campaigns, periods, sop, meetings, nap, agencies, reports);
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
      for (var writer :
          List.of(
              inspections, training, campaigns, periods, sop, meetings, nap, agencies, reports)) {
        writer.close();
      }
      world.counted("labour_inspection", inspections.written());
      world.counted("training_event", training.written());
      world.counted("awareness_campaign", campaigns.written());
      world.counted("migration_service_period", periods.written());
      world.counted("sop_adoption", sop.written());
      world.counted("working_group_meeting", meetings.written());
      world.counted("nap_activity", nap.written());
      world.counted("employment_agency", agencies.written());
      world.counted("agency_report", reports.written());
    }
  }

  private static final String[] INSPECTED_SECTORS = {
    "AGRICULTURE", "CONSTRUCTION", "TEXTILES_AND_GARMENTS", "MINING"
  };

  /** Licensed agencies, some suspended. */
  private List<UUID> agencies(
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
  private void sops(SyntheticWorld world, SplittableRandom random, Writers w) {
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
  private void inspections(SyntheticWorld world, SplittableRandom random, Writers w, int year) {
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
  private void training(SyntheticWorld world, SplittableRandom random, Writers w, int year) {
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
  private void campaigns(SyntheticWorld world, SplittableRandom random, Writers w, int year) {
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
  private void periods(SyntheticWorld world, SplittableRandom random, Writers w, int year) {
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
  private void meetings(SplittableRandom random, Writers w, int year) {
    for (int n = 0; n < 2; n++) {
      w.meetings()
          .row(
              UUID.randomUUID(),
              SyntheticWorld.day(random, year),
              "MOL, MVD, PGO, IOM",
              null,
              "synthetic");
    }
  }

  /** Eight action-plan activities due each year, in every standing. */
  private void plan(SplittableRandom random, Writers w, int year, int[] activity) {
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
  private void reports(
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

  private static final UUID CC_OSH = UUID.fromString("00000000-0000-0000-0000-000000000012");
  private static final UUID OSH_CITY = UUID.fromString("00000000-0000-0000-0000-000000000010");

  /**
   * Government support to the two NGO crisis centres each year, a demand-reduction action most
   * years and a few harassment incidents, drawn from their own stream so the rest stays as it was.
   */
  private void supportDemandHarassment(SyntheticWorld world) {
    SplittableRandom random = world.random("prevention-rights");
    BulkCopy bulk = world.bulk();
    try (var support =
            bulk.into(
                "ngo_centre_support",
                List.of(
                    "id",
                    "centre_id",
                    "funder_id",
                    "period_start",
                    "period_end",
                    "kind",
                    "amount_kgs",
                    "description",
                    "recorded_by"));
        var actions =
            bulk.into(
                "demand_reduction_action",
                List.of(
                    "id", "held_on", "organisation_id", "kind", "title", "reach", "recorded_by"));
        var incidents =
            bulk.into(
                "harassment_incident",
                List.of(
                    "id",
                    "reported_on",
                    "target",
                    "perpetrator",
                    "region",
                    "referred_to_police",
                    "description",
                    "recorded_by"))) {
      String[] targets = {"LABOUR_UNION", "NGO", "WORKER_COMPLAINANT"};
      String[] perpetrators = {"EMPLOYER", "OFFICIAL", "OTHER", "UNKNOWN"};
      for (int year = world.firstYear(); year <= world.lastYear(); year++) {
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
      world.counted("ngo_centre_support", support.written());
      world.counted("demand_reduction_action", actions.written());
      world.counted("harassment_incident", incidents.written());
    }
  }
}
