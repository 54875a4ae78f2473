package org.koldoo.statistics.internal;

import static org.koldoo.statistics.Breakdown.*;
import static org.koldoo.statistics.Section.PREVENTION;
import static org.koldoo.statistics.Section.PROSECUTION;
import static org.koldoo.statistics.Section.PROTECTION;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.koldoo.statistics.Breakdown;
import org.koldoo.statistics.Section;
import org.koldoo.statistics.Unit;
import org.springframework.stereotype.Component;

/**
 * Every figure the country chapter reports or says nobody could report (SEED-FIGURES P1–P13,
 * V1–V18, R1–R13), plus the totals the exports and funnels need. Ids are stable: exports and other
 * systems refer to them.
 */
@Component
class IndicatorCatalogue {

  private static final String PERSONS = "count(distinct person_id)";

  private final Map<String, IndicatorDefinition> byId = new LinkedHashMap<>();

  IndicatorCatalogue() {
    List<Breakdown> victim =
        List.of(
            IDENTIFYING_BODY,
            EXPLOITATION_TYPE,
            SEX,
            AGE_GROUP,
            CITIZENSHIP,
            COUNTRY_OF_EXPLOITATION,
            SECTOR,
            RECRUITMENT_CHANNEL,
            REGION);
    List<Breakdown> victimNoBody = victim.subList(1, victim.size());
    List<Breakdown> person = List.of(SEX, AGE_GROUP, CITIZENSHIP);

    // Prosecution
    add(
        "P1",
        PROSECUTION,
        Unit.CASES,
        Bases.CRIMINAL_CASES,
        "count(*) filter (where initial_class = 'TRAFFICKING')",
        EXPLOITATION_TYPE,
        ARTICLE,
        ORIGIN,
        REGION);
    add(
        "P2",
        PROSECUTION,
        Unit.CASES,
        Bases.CONTINUING,
        "count(*)",
        EXPLOITATION_TYPE,
        ARTICLE,
        REGION);
    add(
        "P3",
        PROSECUTION,
        Unit.CASES,
        Bases.EVENTS,
        "count(distinct case_id) filter (where event_type = 'RECLASSIFIED' and class_from = 'TRAFFICKING' and class_to = 'LESSER')",
        EXPLOITATION_TYPE,
        ARTICLE);
    add(
        "P4A",
        PROSECUTION,
        Unit.PERSONS,
        Bases.PROSECUTED,
        "count(distinct defendant_id)",
        EXPLOITATION_TYPE,
        SEX,
        ARTICLE,
        AGE_GROUP,
        CITIZENSHIP);
    add(
        "P4B",
        PROSECUTION,
        Unit.PERSONS,
        Bases.EVENTS,
        "count(distinct defendant_id) filter (where event_type = 'VERDICT' and outcome = 'CONVICTED' and class_at = 'TRAFFICKING')",
        EXPLOITATION_TYPE,
        SEX,
        ARTICLE,
        AGE_GROUP,
        CITIZENSHIP);
    add(
        "P4C",
        PROSECUTION,
        Unit.PERSONS,
        Bases.EVENTS,
        "count(distinct defendant_id) filter (where event_type = 'VERDICT' and outcome = 'CONVICTED' and class_at = 'LESSER')",
        EXPLOITATION_TYPE,
        SEX,
        ARTICLE,
        AGE_GROUP,
        CITIZENSHIP);
    add(
        "P5",
        PROSECUTION,
        Unit.PERSONS,
        Bases.EVENTS,
        "count(*) filter (where event_type = 'SENTENCE')",
        SENTENCE,
        EXPLOITATION_TYPE,
        ARTICLE,
        SEX);
    add(
        "P6",
        PROSECUTION,
        Unit.CASES,
        Bases.CRIMINAL_CASES,
        "count(*) filter (where not_international_definition)",
        ARTICLE,
        EXPLOITATION_TYPE);
    add(
        "P7",
        PROSECUTION,
        Unit.OPERATIONS,
        Bases.OPERATIONS,
        "count(*)",
        REGION,
        TRAFFICKING_AMONG_OFFENCES);
    add("P7B", PROSECUTION, Unit.OFFENCES, Bases.OPERATIONS, "sum(offences_uncovered)", REGION);
    add(
        "P7C",
        PROSECUTION,
        Unit.CASES,
        Bases.CRIMINAL_CASES,
        "count(*) filter (where operation_id is not null and initial_class = 'TRAFFICKING')",
        EXPLOITATION_TYPE,
        REGION);
    add(
        "P8",
        PROSECUTION,
        Unit.CASES,
        Bases.CRIMINAL_CASES,
        "count(*) filter (where origin = 'NGO_OR_IO_COMPLAINT')",
        EXPLOITATION_TYPE,
        ARTICLE);
    add(
        "P9",
        PROSECUTION,
        Unit.PERSONS,
        Bases.EVENTS,
        "count(*) filter (where event_type = 'VERDICT' and outcome = 'DISMISSED_INSUFFICIENT_EVIDENCE')",
        CHILD_VICTIM,
        EXPLOITATION_TYPE,
        ARTICLE);
    add(
        "P10",
        PROSECUTION,
        Unit.PARTICIPANTS,
        Bases.TRAINING,
        "sum(n) filter (where profession in ('POLICE', 'PROSECUTORS', 'JUDGES', 'LABOUR_INSPECTORS', 'SOCIAL_WORKERS'))",
        PROFESSION,
        ORGANISER,
        FUNDER);
    add(
        "P11",
        PROSECUTION,
        Unit.CASES,
        Bases.EVENTS,
        "count(distinct case_id) filter (where event_type = 'CLOSED' and reason = 'VICTIM_WITHDREW')",
        EXPLOITATION_TYPE,
        ARTICLE);
    add(
        "P12A",
        PROSECUTION,
        Unit.PERSONS,
        Bases.SUSPECTS,
        "count(distinct defendant_id) filter (where public_official)",
        EXPLOITATION_TYPE,
        SEX);
    add(
        "P12B",
        PROSECUTION,
        Unit.PERSONS,
        Bases.PROSECUTED,
        "count(distinct defendant_id) filter (where public_official)",
        EXPLOITATION_TYPE,
        SEX);
    add(
        "P12C",
        PROSECUTION,
        Unit.PERSONS,
        Bases.EVENTS,
        "count(distinct defendant_id) filter (where event_type = 'VERDICT' and outcome = 'CONVICTED' and class_at = 'TRAFFICKING' and public_official)",
        EXPLOITATION_TYPE,
        SEX);
    add(
        "P13",
        PROSECUTION,
        Unit.EVENTS,
        Bases.EVENTS,
        "count(*) filter (where event_type in ('JOINT_INVESTIGATIVE_GROUP', 'VIDEO_TESTIMONY', 'INTERNATIONAL_REQUEST'))",
        EVENT_TYPE,
        EXPLOITATION_TYPE);
    add(
        "P14",
        PROSECUTION,
        Unit.PERSONS,
        Bases.SUSPECTS,
        "count(distinct defendant_id)",
        EXPLOITATION_TYPE,
        SEX,
        ARTICLE,
        AGE_GROUP,
        CITIZENSHIP);

    // Protection
    add("V0", PROTECTION, Unit.PERSONS, Bases.IDENTIFIED, PERSONS, victim);
    add(
        "V1",
        PROTECTION,
        Unit.PERSONS,
        Bases.IDENTIFIED,
        PERSONS + " filter (where body = 'GOVERNMENT')",
        victimNoBody);
    add(
        "V2",
        PROTECTION,
        Unit.PERSONS,
        Bases.IDENTIFIED,
        PERSONS + " filter (where body = 'NGO_WITH_GOVERNMENT')",
        victimNoBody);
    add(
        "V2B",
        PROTECTION,
        Unit.PERSONS,
        Bases.IDENTIFIED,
        PERSONS + " filter (where body = 'NGO_WITH_GOVERNMENT' and assisted)",
        victimNoBody);
    add(
        "V2C",
        PROTECTION,
        Unit.PERSONS,
        Bases.IDENTIFIED,
        PERSONS + " filter (where body = 'NGO_WITH_GOVERNMENT' and legal_referral)",
        victimNoBody);
    add(
        "V3",
        PROTECTION,
        Unit.PERSONS,
        Bases.IDENTIFIED,
        PERSONS + " filter (where body = 'NGO_OR_IO')",
        victimNoBody);
    add(
        "V3B",
        PROTECTION,
        Unit.PERSONS,
        Bases.SERVICES,
        PERSONS + " filter (where not government)",
        SEX,
        AGE_GROUP,
        PROVIDER,
        SERVICE_TYPE);
    add(
        "V4",
        PROTECTION,
        Unit.ORGANISATIONS,
        Bases.SOP,
        "count(distinct organisation_id) filter (where stage = 'ADOPTED')",
        ORGANISATION_TYPE);
    add(
        "V4B",
        PROTECTION,
        Unit.ORGANISATIONS,
        Bases.SOP,
        "count(distinct organisation_id)",
        ORGANISATION_TYPE);
    add(
        "V5",
        PROTECTION,
        Unit.SCREENINGS,
        Bases.SCREENINGS,
        "count(*)",
        VULNERABLE_GROUP,
        SCREENING_LOCATION);
    add(
        "V5B",
        PROTECTION,
        Unit.PERSONS,
        Bases.SCREENINGS,
        PERSONS,
        VULNERABLE_GROUP,
        SCREENING_LOCATION);
    add(
        "V6",
        PROTECTION,
        Unit.PERSONS,
        Bases.IDENTIFIED,
        PERSONS + " filter (where citizenship is not null and citizenship <> 'KG')",
        victim);
    add(
        "V6B",
        PROTECTION,
        Unit.PERSONS,
        Bases.REFERRALS,
        PERSONS + " filter (where citizenship is not null and citizenship <> 'KG')",
        CITIZENSHIP,
        SEX,
        AGE_GROUP,
        SERVICE_TYPE);
    add(
        "V6C",
        PROTECTION,
        Unit.SCREENINGS,
        Bases.SCREENINGS,
        "count(*) filter (where vulnerable_group = 'FOREIGN_WORKERS')",
        CITIZENSHIP,
        SCREENING_LOCATION);
    add(
        "V7",
        PROTECTION,
        Unit.PERSONS,
        Bases.SERVICES,
        PERSONS + " filter (where service_type = 'SHELTER')",
        PROVIDER,
        SEX,
        AGE_GROUP);
    add(
        "V8",
        PROTECTION,
        Unit.PERSONS,
        Bases.RETURNS,
        PERSONS + " filter (where kind in ('RESIDENCE_PERMIT', 'LONG_TERM_SHELTER'))",
        person);
    add(
        "V9",
        PROTECTION,
        Unit.PERSONS,
        Bases.RETURNS,
        PERSONS + " filter (where kind = 'CONSULAR_ASSISTANCE')",
        SEX,
        AGE_GROUP,
        RETURN_COUNTRY);
    add(
        "V9B",
        PROTECTION,
        Unit.PERSONS,
        Bases.RETURNS,
        PERSONS + " filter (where kind = 'REPATRIATION_OF_FOREIGN_VICTIM')",
        SEX,
        AGE_GROUP,
        CITIZENSHIP,
        RETURN_COUNTRY);
    add(
        "V9C",
        PROTECTION,
        Unit.PERSONS,
        Bases.RETURNS,
        PERSONS + " filter (where kind = 'REPATRIATION_OF_NATIONAL')",
        SEX,
        AGE_GROUP,
        RETURN_COUNTRY);
    add(
        "V10",
        PROTECTION,
        Unit.PERSONS,
        Bases.RETURNS,
        PERSONS + " filter (where kind = 'REPATRIATION_FROM_CONFLICT_ZONE' and child)",
        SEX,
        RETURN_COUNTRY);
    add(
        "V11",
        PROTECTION,
        Unit.PERSONS,
        Bases.SCREENINGS,
        PERSONS + " filter (where location = 'CONSULATE' and proposes_presumed)",
        SEX,
        AGE_GROUP,
        CITIZENSHIP);
    add(
        "V12",
        PROTECTION,
        Unit.EVENTS,
        Bases.EVENTS,
        "count(*) filter (where event_type = 'WITNESS_PROTECTION')",
        EXPLOITATION_TYPE);
    add(
        "V13",
        PROTECTION,
        Unit.EVENTS,
        Bases.EVENTS,
        "count(*) filter (where event_type = 'VIDEO_TESTIMONY')",
        EXPLOITATION_TYPE,
        CHILD_VICTIM);
    add(
        "V14",
        PROTECTION,
        Unit.PERSONS,
        Bases.SERVICES,
        PERSONS + " filter (where service_type = 'LEGAL_AID' and government)",
        SEX,
        AGE_GROUP,
        PROVIDER);
    add(
        "V15",
        PROTECTION,
        Unit.PERSONS,
        Bases.IDENTIFIED,
        PERSONS + " filter (where child_sensitive)",
        victim);
    add(
        "V15B",
        PROTECTION,
        Unit.PERSONS,
        Bases.IDENTIFIED,
        PERSONS + " filter (where age_group = 'CHILD')",
        victim);
    add(
        "V16",
        PROTECTION,
        Unit.EVENTS,
        Bases.EVENTS,
        "count(*) filter (where event_type = 'COMPENSATION_ORDERED')",
        EXPLOITATION_TYPE);
    add(
        "V16B",
        PROTECTION,
        Unit.EVENTS,
        Bases.EVENTS,
        "count(*) filter (where event_type = 'COMPENSATION_PAID')",
        EXPLOITATION_TYPE);
    add(
        "V17",
        PROTECTION,
        Unit.EVENTS,
        Bases.EVENTS,
        "count(*) filter (where event_type = 'NON_PUNISHMENT')",
        EXPLOITATION_TYPE,
        ARTICLE);
    add("V18", PROTECTION, Unit.PERSONS, Bases.DETENTIONS, "sum(persons)", MEASURE, CITIZENSHIP);
    add(
        "V18A",
        PROTECTION,
        Unit.PERSONS,
        Bases.DETENTIONS,
        "sum(persons) filter (where not screened)",
        MEASURE,
        CITIZENSHIP);
    add(
        "V18B",
        PROTECTION,
        Unit.PERSONS,
        Bases.DETENTIONS,
        "sum(referred_as_victims) filter (where screened)",
        MEASURE,
        CITIZENSHIP);
    add(
        "V18C",
        PROTECTION,
        Unit.PERSONS,
        Bases.SCREENINGS,
        PERSONS + " filter (where vulnerable_group = 'DETAINED_OR_DEPORTED')",
        SEX,
        AGE_GROUP,
        CITIZENSHIP,
        SCREENING_LOCATION);
    add(
        "V19",
        PROTECTION,
        Unit.PERSONS,
        Bases.REFERRALS,
        PERSONS,
        SERVICE_TYPE,
        PROVIDER,
        SEX,
        AGE_GROUP,
        CITIZENSHIP);
    add(
        "V20",
        PROTECTION,
        Unit.PERSONS,
        Bases.SERVICES,
        PERSONS,
        SERVICE_TYPE,
        PROVIDER,
        SEX,
        AGE_GROUP,
        CITIZENSHIP);

    // Prevention
    add("R1", PREVENTION, Unit.ACTIVITIES, Bases.NAP, "count(*)", NAP_STATUS);
    add(
        "R1B",
        PREVENTION,
        Unit.ACTIVITIES,
        Bases.NAP,
        "count(*) filter (where standing = 'OVERDUE')");
    add("R2", PREVENTION, Unit.MEETINGS, Bases.MEETINGS, "count(*)");
    add("R3", PREVENTION, Unit.CAMPAIGNS, Bases.CAMPAIGNS, "count(*)");
    add("R3B", PREVENTION, Unit.PERSONS, Bases.CAMPAIGNS, "sum(reach)");
    add("R4", PREVENTION, Unit.PERSONS, Bases.MIGRATION_SERVICE, "sum(people_served)");
    add(
        "R4B",
        PREVENTION,
        Unit.PERSONS,
        Bases.MIGRATION_SERVICE,
        "sum(pre_departure_orientations)");
    add("R5", PREVENTION, Unit.AGENCIES, Bases.AGENCIES, "count(*)");
    add(
        "R5B",
        PREVENTION,
        Unit.REPORTS,
        Bases.AGENCY_REPORTS,
        "count(*) filter (where kind = 'COMPLAINT')");
    add(
        "R5C",
        PREVENTION,
        Unit.REPORTS,
        Bases.AGENCY_REPORTS,
        "count(*) filter (where kind = 'FEE_REPORT' and fee_stage = 'PRE_DEPARTURE' and fee_kgs > :cap)");
    add("R6", PREVENTION, Unit.CALLS, Bases.HOTLINE, "sum(n)", CHANNEL, CALL_OUTCOME);
    add(
        "R6B",
        PREVENTION,
        Unit.CALLS,
        Bases.HOTLINE,
        "sum(n) filter (where trafficking_related)",
        CHANNEL,
        CALL_OUTCOME);
    add("R6C", PREVENTION, Unit.CALLS, Bases.HOTLINE_IDENTIFICATIONS, "count(*)", CHANNEL);
    add(
        "R7",
        PREVENTION,
        Unit.INSPECTIONS,
        Bases.INSPECTIONS,
        "count(*)",
        SECTOR,
        REGION,
        SITE_TYPE);
    add(
        "R7B",
        PREVENTION,
        Unit.INSPECTIONS,
        Bases.INSPECTIONS,
        "count(*) filter (where unannounced)",
        SECTOR,
        REGION,
        SITE_TYPE);
    add(
        "R7C",
        PREVENTION,
        Unit.INSPECTIONS,
        Bases.INSPECTIONS,
        "count(*) filter (where indicators_found or referred_to_police)",
        SECTOR,
        REGION,
        SITE_TYPE);
    add("R8", PREVENTION, Unit.PERSONS, Bases.MIGRATION_SERVICE, "sum(consultations)");
    add(
        "R9",
        PREVENTION,
        Unit.PARTICIPANTS,
        Bases.TRAINING,
        "sum(n) filter (where profession = 'DIPLOMATS')",
        ORGANISER,
        FUNDER);
    add(
        "R10",
        PREVENTION,
        Unit.PARTICIPANTS,
        Bases.TRAINING,
        "sum(n) filter (where profession = 'PEACEKEEPERS')",
        ORGANISER,
        FUNDER);
    add(
        "V7B",
        PROTECTION,
        Unit.ORGANISATIONS,
        Bases.NGO_SUPPORT,
        "count(distinct centre_id)",
        SUPPORT_KIND,
        PROVIDER);
    add(
        "V7C",
        PROTECTION,
        Unit.SOM,
        Bases.NGO_SUPPORT,
        "round(sum(amount_kgs) filter (where kind = 'MONEY'))",
        PROVIDER);
    add(
        "V7D",
        PROTECTION,
        Unit.SOM,
        Bases.NGO_SUPPORT,
        "round(sum(amount_kgs) filter (where kind = 'IN_KIND'))",
        PROVIDER);
    add(
        "R11",
        PREVENTION,
        Unit.ACTIONS,
        Bases.DEMAND_REDUCTION,
        "count(*)",
        DEMAND_ACTION_KIND,
        ORGANISER);
    add("R11B", PREVENTION, Unit.PERSONS, Bases.DEMAND_REDUCTION, "sum(reach)", DEMAND_ACTION_KIND);
    add(
        "R12",
        PREVENTION,
        Unit.INCIDENTS,
        Bases.HARASSMENT,
        "count(*)",
        HARASSMENT_TARGET,
        REGION,
        SECTOR);
    add(
        "R12B",
        PREVENTION,
        Unit.INCIDENTS,
        Bases.HARASSMENT,
        "count(*) filter (where referred_to_police)",
        HARASSMENT_TARGET);
    add(
        "R13",
        PREVENTION,
        Unit.ORGANISATIONS,
        Bases.REPORTING_BODIES,
        "count(distinct organisation_id)",
        ORGANISATION_TYPE);
  }

  private void add(
      String id, Section section, Unit unit, Base base, String measure, Breakdown... breakdowns) {
    add(id, section, unit, base, measure, List.of(breakdowns));
  }

  private void add(
      String id,
      Section section,
      Unit unit,
      Base base,
      String measure,
      List<Breakdown> breakdowns) {
    for (Breakdown b : breakdowns) {
      if (base == null || !base.dims().containsKey(b)) {
        throw new IllegalStateException(id + ": its base has no " + b);
      }
    }
    if (byId.put(id, new IndicatorDefinition(id, section, unit, base, measure, breakdowns))
        != null) {
      throw new IllegalStateException("indicator defined twice: " + id);
    }
  }

  List<IndicatorDefinition> all() {
    return new ArrayList<>(byId.values());
  }
}
