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

  static String bucket(String day) {
    return "case when "
        + day
        + " between :f0 and :t0 then 0 when "
        + day
        + " between :f1 and :t1 then 1 when "
        + day
        + " between :f2 and :t2 then 2 end";
  }

  /** The end of the period a row falls in. */
  private static final String END =
      "(case b when 0 then cast(:t0 as date) when 1 then cast(:t1 as date) else cast(:t2 as date) end)";

  private static final String AGE_GROUP_OF_V =
      "case when v.child then 'CHILD' when v.age is not null then 'ADULT' else 'UNKNOWN' end";

  /** The same query once per period, {@code :f}/{@code :t} standing for that period's bounds. */
  static String perPeriod(String template) {
    StringBuilder sql = new StringBuilder();
    for (int k = 0; k < 3; k++) {
      if (k > 0) {
        sql.append(" union all ");
      }
      sql.append(
          template
              .replace(":f", ":f" + k)
              .replace(":t", ":t" + k)
              .replace("$b", Integer.toString(k)));
    }
    return sql.toString();
  }

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
          "select x.*,"
              + " case when x.government then 'GOVERNMENT'"
              + "  when r.with_government <= "
              + END
              + " then 'NGO_WITH_GOVERNMENT' else 'NGO_OR_IO' end as body,"
              + " coalesce(s.first_service <= "
              + END
              + ", false) as assisted,"
              + " coalesce(r.first_legal <= "
              + END
              + ", false) as legal_referral,"
              + " x.child and (x.child_procedure or coalesce(r.first_child_procedure <= "
              + END
              + ", false)) as child_sensitive"
              + " from (select "
              + bucket("f.decided_on")
              + " as b, f.person_id, v.sex, "
              + AGE_GROUP_OF_V
              + " as age_group, v.child, v.child_procedure,"
              + " nullif(v.citizenship, '') as citizenship, v.region, f.exploitation_types,"
              + " f.countries_of_exploitation, f.sectors, f.recruitment_channel, o.government"
              + " from ("
              + FIRST_IDENTIFICATIONS
              + ") f"
              + " join facts_victim_case v on v.case_id = f.case_id"
              + " join facts_organisation o on o.id = f.deciding_organisation_id"
              + " where f.decided_on between :lo and :hi) x"
              + " left join (select p.person_id,"
              + "   min(r.sent_on) filter (where og.government or ot.government) as with_government,"
              + "   min(r.sent_on) filter (where r.service_type = 'LEGAL_AID') as first_legal,"
              + "   min(r.sent_on) filter (where r.child_procedure) as first_child_procedure"
              + "   from facts_referral r join person p on p.case_id = r.case_id"
              + "   join facts_organisation og on og.id = r.from_organisation"
              + "   join facts_organisation ot on ot.id = r.to_organisation"
              + "   where r.sent_on <= :hi group by p.person_id) r on r.person_id = x.person_id"
              + " left join (select p.person_id, min(s.started_on) as first_service"
              + "   from facts_service s join person p on p.case_id = s.case_id"
              + "   where s.started_on <= :hi group by p.person_id) s on s.person_id = x.person_id",
          VICTIM_DIMS,
          true);

  private static final String CASE_PERSON_COLUMNS =
      " coalesce(pc.cluster_id, v.exact_person_id) as person_id, v.sex, "
          + AGE_GROUP_OF_V
          + " as age_group, v.child, nullif(v.citizenship, '') as citizenship, v.region";

  /** Screenings, and the persons screened, dated by the screening. */
  static final Base SCREENINGS =
      new Base(
          "screenings",
          Source.VICTIM_CASES,
          "select "
              + bucket("s.screened_on")
              + " as b,"
              + CASE_PERSON_COLUMNS
              + ", s.vulnerable_group, s.location, s.proposes_presumed"
              + " from facts_victim_screening s join facts_victim_case v on v.case_id = s.case_id"
              + " left join facts_person_cluster pc on pc.case_id = s.case_id"
              + " where s.screened_on between :lo and :hi",
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
          "select "
              + bucket("r.sent_on")
              + " as b,"
              + CASE_PERSON_COLUMNS
              + ", r.service_type, o.code as provider"
              + " from facts_referral r join facts_victim_case v on v.case_id = r.case_id"
              + " left join facts_person_cluster pc on pc.case_id = r.case_id"
              + " join facts_organisation o on o.id = r.to_organisation"
              + " where r.sent_on between :lo and :hi",
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
          "select "
              + bucket("s.started_on")
              + " as b,"
              + CASE_PERSON_COLUMNS
              + ", s.service_type, o.code as provider, o.government"
              + " from facts_service s join facts_victim_case v on v.case_id = s.case_id"
              + " left join facts_person_cluster pc on pc.case_id = s.case_id"
              + " join facts_organisation o on o.id = s.provider_id"
              + " where s.started_on between :lo and :hi",
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
          "select "
              + bucket("r.event_on")
              + " as b,"
              + CASE_PERSON_COLUMNS
              + ", r.kind, r.country"
              + " from facts_victim_return r join facts_victim_case v on v.case_id = r.case_id"
              + " left join facts_person_cluster pc on pc.case_id = r.case_id"
              + " where r.event_on between :lo and :hi",
          Map.of(
              SEX, of("sex"),
              AGE_GROUP, of("age_group"),
              CITIZENSHIP, of("citizenship"),
              RETURN_COUNTRY, of("country")),
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
          "select "
              + bucket("c.registered_on")
              + " as b, c.case_id, c.exploitation_types, c.initial_article as article,"
              + " c.initial_class, c.origin, o.region, c.not_international_definition,"
              + " c.operation_id"
              + " from facts_criminal_case c join facts_organisation o on o.id = c.organisation_id"
              + " where c.registered_on between :lo and :hi",
          CASE_DIMS);

  /**
   * Trafficking investigations open on each period's first day: registered before it, and neither
   * closed, sent to court nor reclassified to a lesser offence before it.
   */
  static final Base CONTINUING =
      new Base(
          "continuing",
          Source.CRIMINAL_CASES,
          perPeriod(
              """
                  select $b as b, c.case_id, c.exploitation_types, c.initial_article as article,
                  c.origin, o.region
                  from facts_criminal_case c join facts_organisation o on o.id = c.organisation_id
                  where c.initial_class = 'TRAFFICKING' and c.registered_on < :f
                  and not exists (select 1 from facts_case_event e where e.case_id = c.case_id
                  and e.occurred_on < :f and (e.event_type in ('CLOSED', 'SENT_TO_COURT')
                  or (e.event_type = 'RECLASSIFIED' and e.class_to = 'LESSER')))
                  """),
          CASE_DIMS);

  /**
   * The last reclassification of event {@code e}'s case on or before its day, as {@code rc}: the
   * article and class the case then stood under, unless none (then its initial ones).
   */
  private static final String RECLASSIFICATION_AT_EVENT =
      " left join lateral (select r.class_to, r.article_to from facts_case_event r"
          + " where r.case_id = e.case_id and r.event_type = 'RECLASSIFIED'"
          + " and r.occurred_on <= e.occurred_on order by r.occurred_on desc limit 1) rc on true";

  private static final String CLASS_AT_EVENT = "coalesce(rc.class_to, c.initial_class)";

  private static final String ARTICLE_AT_EVENT = "coalesce(rc.article_to, c.initial_article)";

  /**
   * A defendant's age group on a day: from the date of birth when recorded, else from the year of
   * birth when that settles it (a year-based age of exactly 18 could be 17, so it stays unknown).
   */
  static String defendantAgeGroup(String day) {
    return "case when d.birth_date is not null then case when d.birth_date > "
        + day
        + " - interval '18 years' then 'CHILD' else 'ADULT' end"
        + " when d.birth_year is null then 'UNKNOWN'"
        + " when extract(year from "
        + day
        + ") - d.birth_year >= 19 then 'ADULT'"
        + " when extract(year from "
        + day
        + ") - d.birth_year <= 17 then 'CHILD' else 'UNKNOWN' end";
  }

  /** Events of criminal cases, with the defendant they concern (if any). */
  static final Base EVENTS =
      new Base(
          "events",
          Source.CRIMINAL_CASES,
          "select "
              + bucket("e.occurred_on")
              + " as b, e.id, e.case_id, e.event_type, e.outcome, e.reason, e.class_from,"
              + " e.class_to, e.article_to, e.defendant_id, d.sex, d.public_official,"
              + " d.citizenship, "
              + defendantAgeGroup("e.occurred_on")
              + " as age_group,"
              + " c.exploitation_types, "
              + CLASS_AT_EVENT
              + " as class_at, "
              + ARTICLE_AT_EVENT
              + " as article, coalesce(cv.child, false) as child_victim,"
              + " case when e.event_type <> 'SENTENCE' then null"
              + "  when e.suspended then 'SUSPENDED'"
              + "  when coalesce(e.months, 0) = 0 and e.fine_kgs is not null then 'FINE_ONLY'"
              + "  when e.months < 36 then 'PRISON_UNDER_3Y'"
              + "  when e.months <= 60 then 'PRISON_3_TO_5Y'"
              + "  when e.months <= 96 then 'PRISON_5_TO_8Y'"
              + "  else 'PRISON_OVER_8Y' end as sentence_band"
              + " from facts_case_event e join facts_criminal_case c on c.case_id = e.case_id"
              + RECLASSIFICATION_AT_EVENT
              + " left join facts_defendant d on d.defendant_id = e.defendant_id"
              + " left join (select cv.case_id, bool_or(v.child) as child from facts_case_victim cv"
              + "   join facts_victim_case v on v.case_id = cv.victim_case_id group by cv.case_id) cv"
              + "   on cv.case_id = e.case_id"
              + " where e.occurred_on between :lo and :hi",
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
          "prosecuted",
          Source.CRIMINAL_CASES,
          "select "
              + bucket("e.occurred_on")
              + " as b, d.defendant_id, d.sex, d.public_official, d.citizenship, "
              + defendantAgeGroup("e.occurred_on")
              + " as age_group, c.exploitation_types, "
              + ARTICLE_AT_EVENT
              + " as article"
              + " from facts_case_event e join facts_criminal_case c on c.case_id = e.case_id"
              + RECLASSIFICATION_AT_EVENT
              + " join facts_defendant d on d.case_id = e.case_id"
              + " where e.event_type = 'SENT_TO_COURT' and e.occurred_on between :lo and :hi"
              + " and "
              + CLASS_AT_EVENT
              + " = 'TRAFFICKING'",
          OFFENDER_DIMS);

  /** Defendants of trafficking cases registered: the persons brought into formal contact. */
  static final Base SUSPECTS =
      new Base(
          "suspects",
          Source.CRIMINAL_CASES,
          "select "
              + bucket("c.registered_on")
              + " as b, d.defendant_id, d.sex, d.public_official, d.citizenship, "
              + defendantAgeGroup("c.registered_on")
              + " as age_group, c.exploitation_types, c.initial_article as article"
              + " from facts_defendant d join facts_criminal_case c on c.case_id = d.case_id"
              + " where c.initial_class = 'TRAFFICKING' and c.registered_on between :lo and :hi",
          OFFENDER_DIMS);

  static final Base OPERATIONS =
      new Base(
          "operations",
          Source.OPERATIONS,
          "select "
              + bucket("o.started_on")
              + " as b, o.id, o.offences_uncovered, o.trafficking_among_offences, g.region"
              + " from facts_operation o join facts_organisation g on g.id = o.organisation_id"
              + " where o.started_on between :lo and :hi",
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
          "select "
              + bucket("d.occurred_on")
              + " as b, d.persons, d.screened, d.referred_as_victims, d.measure,"
              + " nullif(d.citizenship, '') as citizenship"
              + " from facts_operation_detention d where d.occurred_on between :lo and :hi",
          Map.of(MEASURE, of("measure"), CITIZENSHIP, of("citizenship")));

  /** Training participants, one row per event and profession. */
  static final Base TRAINING =
      new Base(
          "training",
          Source.TRAINING,
          "select "
              + bucket("t.held_on")
              + " as b, t.organiser, t.funder,"
              // the two arrays unnest in step: one row per profession, without a join
              + " unnest(array['POLICE', 'PROSECUTORS', 'JUDGES', 'LABOUR_INSPECTORS',"
              + " 'SOCIAL_WORKERS', 'DIPLOMATS', 'PEACEKEEPERS', 'OTHERS']) as profession,"
              + " unnest(array[t.police, t.prosecutors, t.judges, t.labour_inspectors,"
              + " t.social_workers, t.diplomats, t.peacekeepers, t.others]) as n"
              + " from facts_training t"
              + " where t.held_on between :lo and :hi",
          Map.of(PROFESSION, of("profession"), ORGANISER, of("organiser"), FUNDER, of("funder")));

  static final Base CAMPAIGNS =
      new Base(
          "campaigns",
          Source.CAMPAIGNS,
          "select "
              + bucket("c.starts_on")
              + " as b, c.id, c.reach from facts_campaign c"
              + " where c.starts_on between :lo and :hi",
          Map.of());

  /** The employment centre's period reports, counted in the period they start in. */
  static final Base MIGRATION_SERVICE =
      new Base(
          "migration-service",
          Source.MIGRATION_SERVICE,
          "select "
              + bucket("m.period_start")
              + " as b, m.people_served, m.pre_departure_orientations, m.consultations"
              + " from facts_migration_service m where m.period_start between :lo and :hi",
          Map.of());

  /**
   * Every body with an SOP stage on a period's last day, with that stage: all of them should adopt
   * the SOPs (a body marked EXPECTED has not begun), those at ADOPTED have.
   */
  static final Base SOP =
      new Base(
          "sop",
          Source.SOP,
          perPeriod(
              """
                  select $b as b, s.organisation_id, s.stage, o.type from (select distinct on
                  (organisation_id) organisation_id, stage from facts_sop where reached_on <= :t
                  order by organisation_id, reached_on desc) s
                  join facts_organisation o on o.id = s.organisation_id
                  """),
          Map.of(ORGANISATION_TYPE, of("type")));

  /** Government support to NGO crisis centres, dated by the start of the supported period. */
  static final Base NGO_SUPPORT =
      new Base(
          "ngo-support",
          Source.NGO_SUPPORT,
          "select "
              + bucket("s.period_start")
              + " as b, s.id, s.centre_id, s.kind, s.amount_kgs, c.code as centre"
              + " from facts_ngo_support s join facts_organisation c on c.id = s.centre_id"
              + " where s.period_start between :lo and :hi",
          Map.of(SUPPORT_KIND, of("kind"), PROVIDER, of("centre")));

  static final Base DEMAND_REDUCTION =
      new Base(
          "demand-reduction",
          Source.DEMAND_REDUCTION,
          "select "
              + bucket("a.held_on")
              + " as b, a.id, a.kind, a.reach, o.code as body"
              + " from facts_demand_reduction a join facts_organisation o on o.id = a.organisation_id"
              + " where a.held_on between :lo and :hi",
          Map.of(DEMAND_ACTION_KIND, of("kind"), ORGANISER, of("body")));

  static final Base HARASSMENT =
      new Base(
          "harassment",
          Source.HARASSMENT,
          "select "
              + bucket("h.reported_on")
              + " as b, h.id, h.target, h.region, h.sector, h.referred_to_police"
              + " from facts_harassment h where h.reported_on between :lo and :hi",
          Map.of(HARASSMENT_TARGET, of("target"), REGION, of("region"), SECTOR, of("sector")));

  static final Base MEETINGS =
      new Base(
          "meetings",
          Source.MEETINGS,
          "select "
              + bucket("m.held_on")
              + " as b, m.id from facts_meeting m where m.held_on between :lo and :hi",
          Map.of());

  /** NAP activities due in a period, with their standing at its end. */
  static final Base NAP =
      new Base(
          "nap",
          Source.NAP,
          "select x.*, case when x.status in ('DONE', 'DROPPED') then x.status"
              + " when x.deadline < least(current_date, "
              + END
              + " + 1) then 'OVERDUE' else 'ON_TIME' end as standing"
              + " from (select "
              + bucket("n.deadline")
              + " as b, n.id, n.deadline, n.status from facts_nap_activity n"
              + " where n.deadline between :lo and :hi) x",
          Map.of(NAP_STATUS, of("standing")));

  /** Agencies whose licence is valid and not suspended or revoked on a period's last day. */
  static final Base AGENCIES =
      new Base(
          "agencies",
          Source.AGENCIES,
          perPeriod(
              """
                  select $b as b, a.id from facts_agency a where a.valid_from <= :t
                  and a.valid_to >= :t and a.status = 'VALID'
                  """),
          Map.of());

  static final Base AGENCY_REPORTS =
      new Base(
          "agency-reports",
          Source.AGENCIES,
          "select "
              + bucket("r.received_on")
              + " as b, r.id, r.kind, r.fee_kgs, r.fee_stage from facts_agency_report r"
              + " where r.received_on between :lo and :hi",
          Map.of());

  /** Hotline calls, from the hotline's counts per day and kind of call. */
  static final Base HOTLINE =
      new Base(
          "hotline",
          Source.HOTLINE,
          "select "
              + bucket("d.day")
              + " as b, d.channel, d.outcome, d.trafficking_related, d.calls as n"
              + " from facts_hotline_day d where d.day between :lo and :hi",
          Map.of(CHANNEL, of("channel"), CALL_OUTCOME, of("outcome")));

  /** Calls that started a screening whose case led to an identified victim. */
  static final Base HOTLINE_IDENTIFICATIONS =
      new Base(
          "hotline-identifications",
          Source.HOTLINE,
          "select "
              + bucket("h.received_on")
              + " as b, h.channel from facts_hotline_call h"
              + " where h.victim_case_id is not null"
              + " and h.received_at >= :slo and h.received_at < :ehi"
              + " and exists (select 1 from facts_victim_identification i"
              + "  where i.case_id = h.victim_case_id and i.status = 'IDENTIFIED_VICTIM')",
          Map.of(CHANNEL, of("channel")));

  static final Base INSPECTIONS =
      new Base(
          "inspections",
          Source.INSPECTIONS,
          "select "
              + bucket("i.inspected_on")
              + " as b, i.id, i.unannounced, i.indicators_found, i.referred_to_police, i.sector,"
              + " i.region, i.site_type from facts_inspection i"
              + " where i.inspected_on between :lo and :hi",
          Map.of(SECTOR, of("sector"), REGION, of("region"), SITE_TYPE, of("site_type")));

  /**
   * Whether organisation {@code o} recorded anything in {@code table} between :f and :t. Ordering
   * by the day makes the (organisation, day) index the cheap plan: with the dates known, the
   * planner would otherwise expect an early hit from a sequential scan, and read the whole table
   * for every organisation without records.
   */
  private static String recorded(String table, String organisation, String day) {
    return "(select true from "
        + table
        + " x where x."
        + organisation
        + " = o.id and x."
        + day
        + " between :f and :t order by x."
        + day
        + " limit 1)";
  }

  /**
   * Organisations that recorded anything in Koldoo during the period: for each organisation and
   * period, one index probe per register until one finds a record.
   */
  static final Base REPORTING_BODIES =
      new Base(
          "reporting-bodies",
          Source.ANY_RECORD,
          perPeriod(
              "select $b as b, o.id as organisation_id, o.type from facts_organisation o"
                  + " where coalesce("
                  + String.join(
                      ", ",
                      recorded("facts_victim_case", "organisation_id", "registered_on"),
                      recorded("facts_victim_screening", "organisation_id", "screened_on"),
                      recorded("facts_referral", "from_organisation", "sent_on"),
                      recorded("facts_service", "provider_id", "started_on"),
                      recorded("facts_criminal_case", "organisation_id", "registered_on"),
                      recorded("facts_inspection", "inspecting_body", "inspected_on"),
                      recorded("facts_hotline_day", "organisation_id", "day"))
                  + ", false)"),
          Map.of(ORGANISATION_TYPE, of("type")));

  /** Every base, by its name: what the indicator catalogue's file refers to. */
  static final Map<String, Base> BY_NAME =
      byName(
          IDENTIFIED,
          SCREENINGS,
          REFERRALS,
          SERVICES,
          RETURNS,
          CRIMINAL_CASES,
          CONTINUING,
          EVENTS,
          PROSECUTED,
          SUSPECTS,
          OPERATIONS,
          DETENTIONS,
          TRAINING,
          CAMPAIGNS,
          MIGRATION_SERVICE,
          SOP,
          NGO_SUPPORT,
          DEMAND_REDUCTION,
          HARASSMENT,
          MEETINGS,
          NAP,
          AGENCIES,
          AGENCY_REPORTS,
          HOTLINE,
          HOTLINE_IDENTIFICATIONS,
          INSPECTIONS,
          REPORTING_BODIES);

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
