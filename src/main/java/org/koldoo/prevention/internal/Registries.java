package org.koldoo.prevention.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.koldoo.organisations.Organisations;
import org.koldoo.organisations.Region;
import org.koldoo.platform.web.InvalidInput;
import org.koldoo.prevention.CampaignChannel;
import org.koldoo.prevention.DemandActionKind;
import org.koldoo.prevention.HarassmentPerpetrator;
import org.koldoo.prevention.HarassmentTarget;
import org.koldoo.prevention.NapStatus;
import org.koldoo.prevention.SiteType;
import org.koldoo.prevention.SopStage;
import org.koldoo.prevention.SupportKind;
import org.koldoo.prevention.TrainingFormat;
import org.koldoo.prevention.internal.RegistryForms.CampaignForm;
import org.koldoo.prevention.internal.RegistryForms.DemandActionForm;
import org.koldoo.prevention.internal.RegistryForms.HarassmentForm;
import org.koldoo.prevention.internal.RegistryForms.InspectionForm;
import org.koldoo.prevention.internal.RegistryForms.MeetingForm;
import org.koldoo.prevention.internal.RegistryForms.MigrationServicesForm;
import org.koldoo.prevention.internal.RegistryForms.NapForm;
import org.koldoo.prevention.internal.RegistryForms.SopForm;
import org.koldoo.prevention.internal.RegistryForms.SupportForm;
import org.koldoo.prevention.internal.RegistryForms.TrainingForm;
import org.koldoo.victims.Indicator;
import org.koldoo.victims.Sector;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of each small registry, between its form and its table: dates that must not cross,
 * organisations that must exist, counts that must add up.
 */
@Service
class Registries {

  private final RegistryStore store;
  private final Organisations organisations;
  private final JdbcClient jdbc;
  private final Clock clock;

  Registries(RegistryStore store, Organisations organisations, JdbcClient jdbc, Clock clock) {
    this.store = store;
    this.organisations = organisations;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  // ---- labour inspections --------------------------------------------------------------------

  /** Analysts read the registries; entering data is for the roles that own them. */
  private static void requireWriter(org.koldoo.platform.security.Role... writers) {
    var roles = org.koldoo.platform.security.Actors.current().roles();
    for (var r : writers) {
      if (roles.contains(r)) {
        return;
      }
    }
    throw new org.springframework.security.access.AccessDeniedException("read-only for this role");
  }

  @Transactional
  UUID saveInspection(UUID id, InspectionForm f) {
    requireWriter(
        org.koldoo.platform.security.Role.LABOUR_INSPECTOR,
        org.koldoo.platform.security.Role.NATIONAL_COORDINATOR);
    organisation(f.inspectingBody(), "inspectingBody");
    requireOwnInspection(id, f.inspectingBody());
    String workers = workers(f.workersByNationality());
    if (!f.referredToPolice() && f.criminalCaseNumber() != null) {
      throw new InvalidInput("criminalCaseNumber", "inspection.caseWithoutReferral");
    }
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("inspected_on", f.inspectedOn());
    v.put("inspecting_body", f.inspectingBody());
    v.put("unannounced", f.unannounced());
    v.put("establishment", f.establishment().strip());
    v.put("sector", name(f.sector()));
    v.put("region", name(f.region()));
    v.put("site_type", f.siteType().name());
    v.put("workers_by_nationality", workers);
    v.put("indicators", codes(f.indicators()));
    v.put("referred_to_police", f.referredToPolice());
    v.put("criminal_case_number", f.criminalCaseNumber());
    v.put("note", f.note());
    return store.save("labour_inspection", id, f.version(), v);
  }

  /**
   * An inspector records and corrects only the inspections of their own inspectorate; the national
   * coordinator may record for any body.
   */
  private void requireOwnInspection(UUID id, UUID inspectingBody) {
    var roles = org.koldoo.platform.security.Actors.current().roles();
    if (roles.contains(org.koldoo.platform.security.Role.NATIONAL_COORDINATOR)) {
      return;
    }
    UUID own = org.koldoo.platform.security.Actors.current().organisationId();
    boolean ownBody = own != null && own.equals(inspectingBody);
    boolean ownRecord =
        id == null
            || own != null && own.equals(store.get("labour_inspection", id).get("inspecting_body"));
    if (!ownBody || !ownRecord) {
      throw new org.springframework.security.access.AccessDeniedException(
          "an inspectorate records its own inspections");
    }
  }

  InspectionForm inspectionForm(UUID id) {
    var r = store.get("labour_inspection", id);
    return new InspectionForm(
        date(r, "inspected_on"),
        (UUID) r.get("inspecting_body"),
        (Boolean) r.get("unannounced"),
        (String) r.get("establishment"),
        r.get("sector") == null ? null : Sector.valueOf((String) r.get("sector")),
        r.get("region") == null ? null : Region.valueOf((String) r.get("region")),
        SiteType.valueOf((String) r.get("site_type")),
        (String) r.get("workers_by_nationality"),
        enums(Indicator.class, (String) r.get("indicators")),
        (Boolean) r.get("referred_to_police"),
        (String) r.get("criminal_case_number"),
        (String) r.get("note"),
        (Integer) r.get("version"));
  }

  /** Workers met, normalised to {@code CN:40,KG:12}; every country must exist. */
  static String workers(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    Set<String> iso = Set.of(Locale.getISOCountries());
    Map<String, Integer> counts = new java.util.TreeMap<>();
    for (String part : text.split(",")) {
      String[] kv = part.split(":");
      String country = kv[0].strip().toUpperCase(Locale.ROOT);
      if (!iso.contains(country)) {
        throw new InvalidInput("workersByNationality", "case.unknownCountry", country);
      }
      int count;
      try {
        count = kv.length == 2 ? Integer.parseInt(kv[1].strip()) : -1;
      } catch (NumberFormatException e) {
        count = -1;
      }
      if (count < 0 || count > 1_000_000) {
        throw new InvalidInput("workersByNationality", "inspection.workersFormat", part.strip());
      }
      counts.merge(country, count, Integer::sum);
    }
    return counts.entrySet().stream()
        .map(e -> e.getKey() + ":" + e.getValue())
        .collect(Collectors.joining(","));
  }

  // ---- training ----------------------------------------------------------------------------

  @Transactional
  UUID saveTraining(UUID id, TrainingForm f) {
    requireWriter(org.koldoo.platform.security.Role.NATIONAL_COORDINATOR);
    int participants =
        z(f.police())
            + z(f.prosecutors())
            + z(f.judges())
            + z(f.labourInspectors())
            + z(f.socialWorkers())
            + z(f.diplomats())
            + z(f.peacekeepers())
            + z(f.others());
    if (participants == 0 && z(f.onlineCompletions()) == 0) {
      throw new InvalidInput("police", "training.nobody");
    }
    if (f.format() != TrainingFormat.ONLINE_COURSE && z(f.onlineCompletions()) > 0) {
      throw new InvalidInput("onlineCompletions", "training.completionsOnlineOnly");
    }
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("held_on", f.heldOn());
    v.put("topic", f.topic().strip());
    v.put("organiser", f.organiser().strip());
    v.put("funder", f.funder());
    v.put("format", f.format().name());
    v.put("police", z(f.police()));
    v.put("prosecutors", z(f.prosecutors()));
    v.put("judges", z(f.judges()));
    v.put("labour_inspectors", z(f.labourInspectors()));
    v.put("social_workers", z(f.socialWorkers()));
    v.put("diplomats", z(f.diplomats()));
    v.put("peacekeepers", z(f.peacekeepers()));
    v.put("others", z(f.others()));
    v.put("online_completions", z(f.onlineCompletions()));
    v.put("participants_by_organisation", byOrganisation(f.participantsByOrganisation()));
    return store.save("training_event", id, f.version(), v);
  }

  TrainingForm trainingForm(UUID id) {
    var r = store.get("training_event", id);
    return new TrainingForm(
        date(r, "held_on"),
        (String) r.get("topic"),
        (String) r.get("organiser"),
        (String) r.get("funder"),
        TrainingFormat.valueOf((String) r.get("format")),
        i(r, "police"),
        i(r, "prosecutors"),
        i(r, "judges"),
        i(r, "labour_inspectors"),
        i(r, "social_workers"),
        i(r, "diplomats"),
        i(r, "peacekeepers"),
        i(r, "others"),
        i(r, "online_completions"),
        (String) r.get("participants_by_organisation"),
        i(r, "version"));
  }

  /** Participants by organisation, normalised to {@code MVD:20,PGO:15}; codes must exist. */
  private String byOrganisation(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    Set<String> codes =
        organisations.all().stream()
            .map(o -> o.code().toUpperCase(Locale.ROOT))
            .collect(Collectors.toSet());
    Map<String, Integer> counts = new java.util.TreeMap<>();
    for (String part : text.split(",")) {
      String[] kv = part.split(":");
      String code = kv[0].strip().toUpperCase(Locale.ROOT);
      if (!codes.contains(code)) {
        throw new InvalidInput("participantsByOrganisation", "training.unknownOrganisation", code);
      }
      int count;
      try {
        count = kv.length == 2 ? Integer.parseInt(kv[1].strip()) : -1;
      } catch (NumberFormatException e) {
        count = -1;
      }
      if (count < 0 || count > 1_000_000) {
        throw new InvalidInput(
            "participantsByOrganisation", "training.participantsFormat", part.strip());
      }
      counts.merge(code, count, Integer::sum);
    }
    return counts.entrySet().stream()
        .map(e -> e.getKey() + ":" + e.getValue())
        .collect(Collectors.joining(","));
  }

  // ---- awareness and migration services ----------------------------------------------------

  @Transactional
  UUID saveCampaign(UUID id, CampaignForm f) {
    requireWriter(org.koldoo.platform.security.Role.NATIONAL_COORDINATOR);
    if (f.endsOn() != null && f.endsOn().isBefore(f.startsOn())) {
      throw new InvalidInput("endsOn", "case.periodReversed");
    }
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("name", f.name().strip());
    v.put("starts_on", f.startsOn());
    v.put("ends_on", f.endsOn());
    v.put("regions", codes(f.regions()));
    v.put("channels", codes(f.channels()));
    v.put("reach", z(f.reach()));
    return store.save("awareness_campaign", id, f.version(), v);
  }

  CampaignForm campaignForm(UUID id) {
    var r = store.get("awareness_campaign", id);
    return new CampaignForm(
        (String) r.get("name"),
        date(r, "starts_on"),
        date(r, "ends_on"),
        enums(Region.class, (String) r.get("regions")),
        enums(CampaignChannel.class, (String) r.get("channels")),
        i(r, "reach"),
        i(r, "version"));
  }

  @Transactional
  UUID saveMigrationServices(UUID id, MigrationServicesForm f) {
    requireWriter(org.koldoo.platform.security.Role.NATIONAL_COORDINATOR);
    if (f.periodEnd().isBefore(f.periodStart())) {
      throw new InvalidInput("periodEnd", "case.periodReversed");
    }
    boolean overlaps =
        jdbc.sql(
                "select count(*) > 0 from migration_service_period where period_start <= :e"
                    + " and period_end >= :s"
                    + (id == null ? "" : " and id <> :id"))
            .param("s", f.periodStart())
            .param("e", f.periodEnd())
            .params(id == null ? Map.of() : Map.of("id", id))
            .query(Boolean.class)
            .single();
    if (overlaps) {
      throw new InvalidInput("periodStart", "migration.overlap");
    }
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("period_start", f.periodStart());
    v.put("period_end", f.periodEnd());
    v.put("pre_departure_orientations", z(f.preDepartureOrientations()));
    v.put("consultations", z(f.consultations()));
    v.put("people_served", z(f.peopleServed()));
    return store.save("migration_service_period", id, f.version(), v);
  }

  MigrationServicesForm migrationServicesForm(UUID id) {
    var r = store.get("migration_service_period", id);
    return new MigrationServicesForm(
        date(r, "period_start"),
        date(r, "period_end"),
        i(r, "pre_departure_orientations"),
        i(r, "consultations"),
        i(r, "people_served"),
        i(r, "version"));
  }

  // ---- coordination ------------------------------------------------------------------------

  @Transactional
  UUID saveSop(UUID id, SopForm f) {
    requireWriter(org.koldoo.platform.security.Role.NATIONAL_COORDINATOR);
    organisation(f.organisationId(), "organisationId");
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("organisation_id", f.organisationId());
    v.put("stage", f.stage().name());
    v.put("reached_on", f.reachedOn());
    return store.save("sop_adoption", id, f.version(), v);
  }

  SopForm sopForm(UUID id) {
    var r = store.get("sop_adoption", id);
    return new SopForm(
        (UUID) r.get("organisation_id"),
        SopStage.valueOf((String) r.get("stage")),
        date(r, "reached_on"),
        i(r, "version"));
  }

  @Transactional
  UUID saveMeeting(UUID id, MeetingForm f) {
    requireWriter(org.koldoo.platform.security.Role.NATIONAL_COORDINATOR);
    if (f.bodies() == null || f.bodies().isEmpty()) {
      throw new InvalidInput("bodies", "meeting.bodiesRequired");
    }
    f.bodies().forEach(b -> organisation(b, "bodies"));
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("held_on", f.heldOn());
    v.put(
        "bodies",
        f.bodies().stream().map(UUID::toString).sorted().collect(Collectors.joining(",")));
    v.put("decisions", f.decisions());
    return store.save("working_group_meeting", id, f.version(), v);
  }

  MeetingForm meetingForm(UUID id) {
    var r = store.get("working_group_meeting", id);
    return new MeetingForm(
        date(r, "held_on"),
        Arrays.stream(((String) r.get("bodies")).split(","))
            .map(UUID::fromString)
            .collect(Collectors.toSet()),
        (String) r.get("decisions"),
        i(r, "version"));
  }

  @Transactional
  UUID saveNap(UUID id, NapForm f) {
    requireWriter(org.koldoo.platform.security.Role.NATIONAL_COORDINATOR);
    organisation(f.responsibleBody(), "responsibleBody");
    boolean taken =
        jdbc.sql(
                "select count(*) > 0 from nap_activity where upper(code) = upper(:c)"
                    + (id == null ? "" : " and id <> :id"))
            .param("c", f.code().strip())
            .params(id == null ? Map.of() : Map.of("id", id))
            .query(Boolean.class)
            .single();
    if (taken) {
      throw new InvalidInput("code", "nap.codeTaken", f.code());
    }
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("code", f.code().strip());
    v.put("title", f.title().strip());
    v.put("responsible_body", f.responsibleBody());
    v.put("deadline", f.deadline());
    v.put("status", f.status().name());
    v.put("indicator", f.indicator());
    v.put("progress", f.progress());
    return store.save("nap_activity", id, f.version(), v);
  }

  NapForm napForm(UUID id) {
    var r = store.get("nap_activity", id);
    return new NapForm(
        (String) r.get("code"),
        (String) r.get("title"),
        (UUID) r.get("responsible_body"),
        date(r, "deadline"),
        NapStatus.valueOf((String) r.get("status")),
        (String) r.get("indicator"),
        (String) r.get("progress"),
        i(r, "version"));
  }

  /** An activity past its deadline and neither done nor dropped. */
  boolean overdue(Map<String, Object> activity) {
    NapStatus status = NapStatus.valueOf((String) activity.get("status"));
    return date(activity, "deadline").isBefore(LocalDate.now(clock))
        && status != NapStatus.DONE
        && status != NapStatus.DROPPED;
  }

  // ---- support, demand reduction, harassment ---------------------------------------------

  /**
   * Government support to an NGO crisis centre. The centre must be an NGO, the funder a state body;
   * money needs its amount, support in kind says what it was; one funder's support of one kind to
   * one centre must not be entered twice for the same days.
   */
  @Transactional
  UUID saveSupport(UUID id, SupportForm f) {
    requireWriter(org.koldoo.platform.security.Role.NATIONAL_COORDINATOR);
    var centre =
        organisations
            .find(f.centreId())
            .orElseThrow(() -> new InvalidInput("centreId", "case.unknownOrganisation"));
    if (centre.type() != org.koldoo.organisations.OrganisationType.NGO) {
      throw new InvalidInput("centreId", "support.centreNotNgo", centre.code());
    }
    var funder =
        organisations
            .find(f.funderId())
            .orElseThrow(() -> new InvalidInput("funderId", "case.unknownOrganisation"));
    if (!funder.type().isGovernment()) {
      throw new InvalidInput("funderId", "support.funderNotGovernment", funder.code());
    }
    if (f.periodEnd().isBefore(f.periodStart())) {
      throw new InvalidInput("periodEnd", "case.periodReversed");
    }
    if (f.kind() == SupportKind.MONEY && f.amountKgs() == null) {
      throw new InvalidInput("amountKgs", "support.amountRequired");
    }
    if (f.kind() == SupportKind.IN_KIND && (f.description() == null || f.description().isBlank())) {
      throw new InvalidInput("description", "support.inKindDescribed");
    }
    boolean overlaps =
        jdbc.sql(
                "select count(*) > 0 from ngo_centre_support where centre_id = :c"
                    + " and funder_id = :f and kind = :k and period_start <= :e"
                    + " and period_end >= :s"
                    + (id == null ? "" : " and id <> :id"))
            .param("c", f.centreId())
            .param("f", f.funderId())
            .param("k", f.kind().name())
            .param("s", f.periodStart())
            .param("e", f.periodEnd())
            .params(id == null ? Map.of() : Map.of("id", id))
            .query(Boolean.class)
            .single();
    if (overlaps) {
      throw new InvalidInput("periodStart", "support.overlap");
    }
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("centre_id", f.centreId());
    v.put("funder_id", f.funderId());
    v.put("period_start", f.periodStart());
    v.put("period_end", f.periodEnd());
    v.put("kind", f.kind().name());
    v.put("amount_kgs", f.amountKgs());
    v.put("description", blankToNull(f.description()));
    return store.save("ngo_centre_support", id, f.version(), v);
  }

  SupportForm supportForm(UUID id) {
    var r = store.get("ngo_centre_support", id);
    return new SupportForm(
        (UUID) r.get("centre_id"),
        (UUID) r.get("funder_id"),
        date(r, "period_start"),
        date(r, "period_end"),
        SupportKind.valueOf((String) r.get("kind")),
        (java.math.BigDecimal) r.get("amount_kgs"),
        (String) r.get("description"),
        i(r, "version"));
  }

  @Transactional
  UUID saveDemandAction(UUID id, DemandActionForm f) {
    requireWriter(org.koldoo.platform.security.Role.NATIONAL_COORDINATOR);
    organisation(f.organisationId(), "organisationId");
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("held_on", f.heldOn());
    v.put("organisation_id", f.organisationId());
    v.put("kind", f.kind().name());
    v.put("title", f.title().strip());
    v.put("reach", z(f.reach()));
    v.put("description", blankToNull(f.description()));
    return store.save("demand_reduction_action", id, f.version(), v);
  }

  DemandActionForm demandActionForm(UUID id) {
    var r = store.get("demand_reduction_action", id);
    return new DemandActionForm(
        date(r, "held_on"),
        (UUID) r.get("organisation_id"),
        DemandActionKind.valueOf((String) r.get("kind")),
        (String) r.get("title"),
        i(r, "reach"),
        (String) r.get("description"),
        i(r, "version"));
  }

  @Transactional
  UUID saveHarassment(UUID id, HarassmentForm f) {
    requireWriter(org.koldoo.platform.security.Role.NATIONAL_COORDINATOR);
    if (f.occurredOn() != null && f.occurredOn().isAfter(f.reportedOn())) {
      throw new InvalidInput("occurredOn", "harassment.afterReport");
    }
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("reported_on", f.reportedOn());
    v.put("occurred_on", f.occurredOn());
    v.put("target", f.target().name());
    v.put("perpetrator", f.perpetrator().name());
    v.put("region", name(f.region()));
    v.put("sector", name(f.sector()));
    v.put("referred_to_police", f.referredToPolice());
    v.put("description", f.description().strip());
    return store.save("harassment_incident", id, f.version(), v);
  }

  HarassmentForm harassmentForm(UUID id) {
    var r = store.get("harassment_incident", id);
    return new HarassmentForm(
        date(r, "reported_on"),
        date(r, "occurred_on"),
        HarassmentTarget.valueOf((String) r.get("target")),
        HarassmentPerpetrator.valueOf((String) r.get("perpetrator")),
        r.get("region") == null ? null : Region.valueOf((String) r.get("region")),
        r.get("sector") == null ? null : Sector.valueOf((String) r.get("sector")),
        (Boolean) r.get("referred_to_police"),
        (String) r.get("description"),
        i(r, "version"));
  }

  List<Map<String, Object>> list(String table, String orderBy) {
    return store.list(table, orderBy);
  }

  // ---- helpers -----------------------------------------------------------------------------

  private void organisation(UUID id, String field) {
    organisations.find(id).orElseThrow(() -> new InvalidInput(field, "case.unknownOrganisation"));
  }

  /** A count left empty is none. */
  private static int z(Integer count) {
    return count == null ? 0 : count;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static String name(Enum<?> e) {
    return e == null ? null : e.name();
  }

  private static String codes(Collection<? extends Enum<?>> values) {
    return values == null || values.isEmpty()
        ? null
        : values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
  }

  static <E extends Enum<E>> Set<E> enums(Class<E> type, String csv) {
    Set<E> out = EnumSet.noneOf(type);
    if (csv != null && !csv.isBlank()) {
      Arrays.stream(csv.split(",")).map(s -> Enum.valueOf(type, s)).forEach(out::add);
    }
    return out;
  }

  private static LocalDate date(Map<String, Object> row, String column) {
    Object v = row.get(column);
    return v == null ? null : v instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) v;
  }

  private static int i(Map<String, Object> row, String column) {
    return ((Number) row.get(column)).intValue();
  }
}
