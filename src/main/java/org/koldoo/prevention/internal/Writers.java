package org.koldoo.prevention.internal;

import java.util.List;
import org.koldoo.platform.synthetic.BulkCopy;
import org.koldoo.platform.synthetic.SyntheticWorld;

/** The writers of the synthetic registries, one per table, opened in the order rows depend on. */
record Writers(
    BulkCopy.Writer inspections,
    BulkCopy.Writer training,
    BulkCopy.Writer campaigns,
    BulkCopy.Writer periods,
    BulkCopy.Writer sop,
    BulkCopy.Writer meetings,
    BulkCopy.Writer nap,
    BulkCopy.Writer agencies,
    BulkCopy.Writer reports)
    implements AutoCloseable {

  static Writers open(BulkCopy bulk) {
    return new Writers(
        bulk.into(
            "labour_inspection",
            """
            id, inspected_on, inspecting_body, unannounced, establishment, sector, region,
            site_type, indicators, referred_to_police, recorded_by"""),
        bulk.into(
            "training_event",
            """
            id, held_on, topic, organiser, funder, format, police, prosecutors, judges,
            labour_inspectors, social_workers, diplomats, peacekeepers, others, recorded_by"""),
        bulk.into(
            "awareness_campaign",
            "id, name, starts_on, ends_on, regions, channels, reach, recorded_by"),
        bulk.into(
            "migration_service_period",
            """
            id, period_start, period_end, pre_departure_orientations, consultations,
            people_served, recorded_by"""),
        bulk.into("sop_adoption", "id, organisation_id, stage, reached_on, recorded_by"),
        bulk.into("working_group_meeting", "id, held_on, bodies, decisions, recorded_by"),
        bulk.into(
            "nap_activity", "id, code, title, responsible_body, deadline, status, recorded_by"),
        bulk.into(
            "employment_agency",
            """
            id, licence_number, holder, valid_from, valid_to, status, destination_countries,
            created_at, updated_at"""),
        bulk.into(
            "agency_report",
            """
            id, agency_id, kind, received_on, fee_kgs, fee_stage, description, recorded_by,
            recorded_at"""));
  }

  private List<BulkCopy.Writer> all() {
    return List.of(
        inspections, training, campaigns, periods, sop, meetings, nap, agencies, reports);
  }

  void counted(SyntheticWorld world) {
    world.counted(all().toArray(BulkCopy.Writer[]::new));
  }

  @Override
  public void close() {
    all().forEach(BulkCopy.Writer::close);
  }
}
