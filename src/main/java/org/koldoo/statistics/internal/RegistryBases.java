package org.koldoo.statistics.internal;

import static org.koldoo.statistics.Breakdown.*;
import static org.koldoo.statistics.internal.Base.Dim.of;

import java.util.Map;

/**
 * The queries behind the prevention and coordination registries' indicators: each reads the
 * published {@code facts_*} views only, with the report period as {@code :f0 :t0}.
 */
final class RegistryBases {

  private RegistryBases() {}

  /** Training participants, one row per event and profession. */
  static final Base TRAINING =
      new Base(
          "training",
          Source.TRAINING,
          BaseTemplates.template("training"),
          Map.of(PROFESSION, of("profession"), ORGANISER, of("organiser"), FUNDER, of("funder")));

  static final Base CAMPAIGNS =
      new Base("campaigns", Source.CAMPAIGNS, BaseTemplates.template("campaigns"), Map.of());

  /** The employment centre's period reports, counted in the period they start in. */
  static final Base MIGRATION_SERVICE =
      new Base(
          "migration-service",
          Source.MIGRATION_SERVICE,
          BaseTemplates.template("migration-service"),
          Map.of());

  /**
   * Every body with an SOP stage on a period's last day, with that stage: all of them should adopt
   * the SOPs (a body marked EXPECTED has not begun), those at ADOPTED have.
   */
  static final Base SOP =
      new Base(
          "sop",
          Source.SOP,
          BaseTemplates.perPeriod(BaseTemplates.template("sop")),
          Map.of(ORGANISATION_TYPE, of("type")));

  /** Government support to NGO crisis centres, dated by the start of the supported period. */
  static final Base NGO_SUPPORT =
      new Base(
          "ngo-support",
          Source.NGO_SUPPORT,
          BaseTemplates.template("ngo-support"),
          Map.of(SUPPORT_KIND, of("kind"), PROVIDER, of("centre")));

  static final Base DEMAND_REDUCTION =
      new Base(
          "demand-reduction",
          Source.DEMAND_REDUCTION,
          BaseTemplates.template("demand-reduction"),
          Map.of(DEMAND_ACTION_KIND, of("kind"), ORGANISER, of("body")));

  static final Base HARASSMENT =
      new Base(
          "harassment",
          Source.HARASSMENT,
          BaseTemplates.template("harassment"),
          Map.of(HARASSMENT_TARGET, of("target"), REGION, of("region"), SECTOR, of("sector")));

  static final Base MEETINGS =
      new Base("meetings", Source.MEETINGS, BaseTemplates.template("meetings"), Map.of());

  /** NAP activities due in a period, with their standing at its end. */
  static final Base NAP =
      new Base(
          "nap", Source.NAP, BaseTemplates.template("nap"), Map.of(NAP_STATUS, of("standing")));

  /** Agencies whose licence is valid and not suspended or revoked on a period's last day. */
  static final Base AGENCIES =
      new Base(
          "agencies",
          Source.AGENCIES,
          BaseTemplates.perPeriod(BaseTemplates.template("agencies")),
          Map.of());

  static final Base AGENCY_REPORTS =
      new Base(
          "agency-reports", Source.AGENCIES, BaseTemplates.template("agency-reports"), Map.of());

  /** Hotline calls, from the hotline's counts per day and kind of call. */
  static final Base HOTLINE =
      new Base(
          "hotline",
          Source.HOTLINE_CALLS,
          BaseTemplates.template("hotline"),
          Map.of(CHANNEL, of("channel"), CALL_OUTCOME, of("outcome")));

  /** Calls that started a screening whose case led to an identified victim. */
  static final Base HOTLINE_IDENTIFICATIONS =
      new Base(
          "hotline-identifications",
          Source.HOTLINE,
          BaseTemplates.template("hotline-identifications"),
          Map.of(CHANNEL, of("channel")));

  static final Base INSPECTIONS =
      new Base(
          "inspections",
          Source.INSPECTIONS,
          BaseTemplates.template("inspections"),
          Map.of(SECTOR, of("sector"), REGION, of("region"), SITE_TYPE, of("site_type")));

  /**
   * Organisations that recorded anything in Koldoo during the period: for each organisation and
   * period, one index probe per register until one finds a record.
   */
  static final Base REPORTING_BODIES =
      new Base(
          "reporting-bodies",
          Source.ANY_RECORD,
          BaseTemplates.perPeriod(BaseTemplates.template("reporting-bodies")),
          Map.of(ORGANISATION_TYPE, of("type")));
}
