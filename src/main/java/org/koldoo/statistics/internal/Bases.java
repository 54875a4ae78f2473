package org.koldoo.statistics.internal;

import static org.koldoo.statistics.Breakdown.*;
import static org.koldoo.statistics.internal.Base.Dim.list;
import static org.koldoo.statistics.internal.Base.Dim.of;

import java.util.Map;

/**
 * The queries behind the indicators. Each reads the published {@code facts_*} views only. Named
 * parameters: {@code :f0 :t0} the report period, {@code :f1 :t1} and {@code :f2 :t2} the two before
 * it, {@code :lo :hi} the whole span, {@code :cap} the pre-departure fee cap.
 */
final class Bases {

  private Bases() {}

  /** Every case with the person behind it: a linkage cluster, else exact blind-index matches. */
  static final String PERSON =
      """
          select v.case_id, coalesce(pc.cluster_id, v.exact_person_id) as person_id
          from facts_victim_case v left join facts_person_cluster pc on pc.case_id = v.case_id
          """;

  /**
   * Each person's first decision "identified victim", whichever organisation made it: what every
   * victim figure and the CTDC export count. Needs the {@code person} CTE.
   */
  static final String FIRST_IDENTIFICATIONS =
      """
          select distinct on (p.person_id) p.person_id, i.*
          from facts_victim_identification i join person p on p.case_id = i.case_id
          where i.status = 'IDENTIFIED_VICTIM'
          order by p.person_id, i.decided_on, i.case_id
          """;

  private static final Map<org.koldoo.statistics.Breakdown, Base.Dim> VICTIM_DIMS =
      Map.of(
          SEX, of("sex"),
          AGE_GROUP, of("age_group"),
          CITIZENSHIP, of("citizenship"),
          REGION, of("region"),
          EXPLOITATION_TYPE, list("exploitation_types"),
          COUNTRY_OF_EXPLOITATION, list("countries_of_exploitation"),
          SECTOR, list("sectors"),
          RECRUITMENT_CHANNEL, of("recruitment_channel"),
          IDENTIFYING_BODY, of("body"));

  /**
   * Persons identified as victims: one row per person, in the period of their first decision with
   * status IDENTIFIED_VICTIM, whichever organisation made it. Flags look at everything recorded for
   * the person up to the end of that period.
   */
  static final Base IDENTIFIED =
      new Base(
          "identified",
          Source.VICTIM_CASES,
          BaseTemplates.template("identified"),
          VICTIM_DIMS,
          true);

  /** Screenings, and the persons screened, dated by the screening. */
  static final Base SCREENINGS =
      new Base(
          "screenings",
          Source.VICTIM_CASES,
          BaseTemplates.template("screenings"),
          Map.of(
              SEX, of("sex"),
              AGE_GROUP, of("age_group"),
              CITIZENSHIP, of("citizenship"),
              VULNERABLE_GROUP, of("vulnerable_group"),
              SCREENING_LOCATION, of("location")),
          true);

  /** Referrals sent, with the person referred. */
  static final Base REFERRALS =
      new Base(
          "referrals",
          Source.VICTIM_CASES,
          BaseTemplates.template("referrals"),
          Map.of(
              SEX, of("sex"),
              AGE_GROUP, of("age_group"),
              CITIZENSHIP, of("citizenship"),
              SERVICE_TYPE, of("service_type"),
              PROVIDER, of("provider")),
          true);

  /** Services begun, with the person served and the provider. */
  static final Base SERVICES =
      new Base(
          "services",
          Source.VICTIM_CASES,
          BaseTemplates.template("services"),
          Map.of(
              SEX, of("sex"),
              AGE_GROUP, of("age_group"),
              CITIZENSHIP, of("citizenship"),
              SERVICE_TYPE, of("service_type"),
              PROVIDER, of("provider")),
          true);

  /** Consular assistance, repatriations, residence and long-term shelter decisions. */
  static final Base RETURNS =
      new Base(
          "returns",
          Source.VICTIM_CASES,
          BaseTemplates.template("returns"),
          Map.of(
              SEX, of("sex"),
              AGE_GROUP, of("age_group"),
              CITIZENSHIP, of("citizenship"),
              RETURN_COUNTRY, of("country")),
          true);

  /**
   * Victim cases closed, dated by their closing, with the person behind each; a reopened case is
   * not closed.
   */
  static final Base CLOSURES =
      new Base(
          "closures",
          Source.VICTIM_CASES,
          BaseTemplates.template("closures"),
          Map.of(
              SEX, of("sex"),
              AGE_GROUP, of("age_group"),
              CITIZENSHIP, of("citizenship"),
              CASE_CLOSE_REASON, of("close_reason")),
          true);

  private static final Map<org.koldoo.statistics.Breakdown, Base.Dim> CASE_DIMS =
      Map.of(
          EXPLOITATION_TYPE, list("exploitation_types"),
          ARTICLE, of("article"),
          ORIGIN, of("origin"),
          REGION, of("region"));

  /** Criminal cases, dated by registration. */
  static final Base CRIMINAL_CASES =
      new Base(
          "criminal-cases",
          Source.CRIMINAL_CASES,
          BaseTemplates.template("criminal-cases"),
          CASE_DIMS);

  /**
   * Trafficking investigations open on each period's first day: registered before it, and neither
   * closed, sent to court nor reclassified to a lesser offence before it.
   */
  static final Base CONTINUING =
      new Base(
          "continuing",
          Source.CRIMINAL_CASES,
          BaseTemplates.perPeriod(BaseTemplates.template("continuing")),
          CASE_DIMS);

  /** Events of criminal cases, with the defendant they concern (if any). */
  static final Base EVENTS =
      new Base(
          "events",
          Source.CRIMINAL_CASES,
          BaseTemplates.template("events"),
          Map.of(
              EXPLOITATION_TYPE, list("exploitation_types"),
              ARTICLE, of("article"),
              SEX, of("sex"),
              AGE_GROUP, of("age_group"),
              CITIZENSHIP, of("citizenship"),
              SENTENCE, of("sentence_band"),
              EVENT_TYPE, of("event_type"),
              CHILD_VICTIM, of("child_victim")));

  private static final Map<org.koldoo.statistics.Breakdown, Base.Dim> OFFENDER_DIMS =
      Map.of(
          EXPLOITATION_TYPE, list("exploitation_types"),
          ARTICLE, of("article"),
          SEX, of("sex"),
          AGE_GROUP, of("age_group"),
          CITIZENSHIP, of("citizenship"));

  /** Defendants of trafficking cases sent to court: the persons prosecuted. */
  static final Base PROSECUTED =
      new Base(
          "prosecuted", Source.CRIMINAL_CASES, BaseTemplates.template("prosecuted"), OFFENDER_DIMS);

  /** Defendants of trafficking cases registered: the persons brought into formal contact. */
  static final Base SUSPECTS =
      new Base(
          "suspects", Source.CRIMINAL_CASES, BaseTemplates.template("suspects"), OFFENDER_DIMS);

  static final Base OPERATIONS =
      new Base(
          "operations",
          Source.OPERATIONS,
          BaseTemplates.template("operations"),
          Map.of(
              REGION, of("region"), TRAFFICKING_AMONG_OFFENCES, of("trafficking_among_offences")));

  /**
   * Persons detained, arrested or deported in enforcement operations, one row per entry (an entry
   * counts persons sharing measure, citizenship and whether they were screened).
   */
  static final Base DETENTIONS =
      new Base(
          "detentions",
          Source.DETENTIONS,
          BaseTemplates.template("detentions"),
          Map.of(MEASURE, of("measure"), CITIZENSHIP, of("citizenship")));

  /** Every base, by its name: what the indicator catalogue's file refers to. */
  static final Map<String, Base> BY_NAME =
      byName(
          IDENTIFIED,
          SCREENINGS,
          REFERRALS,
          SERVICES,
          RETURNS,
          CLOSURES,
          CRIMINAL_CASES,
          CONTINUING,
          EVENTS,
          PROSECUTED,
          SUSPECTS,
          OPERATIONS,
          DETENTIONS,
          RegistryBases.TRAINING,
          RegistryBases.CAMPAIGNS,
          RegistryBases.MIGRATION_SERVICE,
          RegistryBases.SOP,
          RegistryBases.NGO_SUPPORT,
          RegistryBases.DEMAND_REDUCTION,
          RegistryBases.HARASSMENT,
          RegistryBases.MEETINGS,
          RegistryBases.NAP,
          RegistryBases.AGENCIES,
          RegistryBases.AGENCY_REPORTS,
          RegistryBases.HOTLINE,
          RegistryBases.HOTLINE_IDENTIFICATIONS,
          RegistryBases.INSPECTIONS,
          RegistryBases.REPORTING_BODIES);

  private static Map<String, Base> byName(Base... bases) {
    Map<String, Base> named = new java.util.LinkedHashMap<>();
    for (Base b : bases) {
      if (named.put(b.name(), b) != null) {
        throw new IllegalStateException("two bases named " + b.name());
      }
    }
    return Map.copyOf(named);
  }
}
