package org.koldoo.prevention.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.koldoo.platform.security.Actor;
import org.koldoo.platform.security.Role;
import org.koldoo.platform.work.WorkGroup;
import org.koldoo.platform.work.WorkItem;
import org.koldoo.platform.work.WorkSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the prevention registries ask of a person today: the action plan's overdue activities for
 * the national coordinator and analysts; inspections referred to the police that no criminal case
 * has answered, for labour inspectors; calls marked to follow up, and calls whose screening started
 * but reached no case, for the hotline.
 */
@Component
class PreventionWork implements WorkSource {

  /** An inspection's referral unanswered this long is urgent. */
  static final int INSPECTION_ANSWER_DAYS = 30;

  /** Calls this recent whose screening reached no case are listed. */
  static final int CALL_DAYS = 90;

  /** A started screening with no case after this many days is urgent. */
  static final int CALL_URGENT_DAYS = 3;

  private static final String NAP_OVERDUE =
      """
      select code, status, deadline from nap_activity
       where deadline < :today and status not in ('DONE', 'DROPPED')
       order by deadline, code
      """;

  private static final String INSPECTIONS_UNANSWERED =
      """
      select establishment, inspected_on from labour_inspection
       where inspecting_body = :org and referred_to_police and criminal_case_number is null
       order by inspected_on
      """;

  private static final String CALLS_WITHOUT_CASE =
      """
      select id, received_at from hotline_call
       where organisation_id = :org and outcome = 'SCREENING_STARTED' and victim_case_id is null
         and received_at >= :since
       order by received_at
      """;

  private final JdbcClient jdbc;
  private final ZoneId zone;

  PreventionWork(JdbcClient jdbc, java.time.Clock clock) {
    this.jdbc = jdbc;
    this.zone = clock.getZone();
  }

  @Override
  public List<WorkGroup> waitingFor(Actor actor, LocalDate today) {
    List<WorkGroup> groups = new ArrayList<>();
    if (actor.overseesNationally()) {
      add(groups, napOverdue(today));
    }
    if (actor.roles().contains(Role.LABOUR_INSPECTOR)) {
      add(groups, inspectionsUnanswered(actor, today));
    }
    if (PreventionPolicy.logsCalls(actor)) {
      add(groups, callsToFollowUp(actor, today));
      add(groups, callsWithoutCase(actor, today));
    }
    return groups;
  }

  private static void add(List<WorkGroup> groups, WorkGroup group) {
    if (group.count() > 0) {
      groups.add(group);
    }
  }

  private WorkGroup napOverdue(LocalDate today) {
    List<WorkItem> items =
        jdbc.sql(NAP_OVERDUE)
            .param("today", today)
            .query(
                (rs, n) -> {
                  LocalDate deadline = rs.getObject("deadline", LocalDate.class);
                  return new WorkItem(
                      "/coordination",
                      rs.getString("code"),
                      "NapStatus." + rs.getString("status"),
                      "work.item.napOverdue",
                      List.of(deadline),
                      deadline,
                      true);
                })
            .list();
    return new WorkGroup("work.group.napOverdue", "/coordination", items.size(), items, null);
  }

  private WorkGroup inspectionsUnanswered(Actor actor, LocalDate today) {
    List<WorkItem> items =
        jdbc.sql(INSPECTIONS_UNANSWERED)
            .param("org", actor.organisationId())
            .query(
                (rs, n) -> {
                  LocalDate on = rs.getObject("inspected_on", LocalDate.class);
                  long days = ChronoUnit.DAYS.between(on, today);
                  return new WorkItem(
                      "/inspections",
                      rs.getString("establishment"),
                      null,
                      "work.item.inspectionUnanswered",
                      List.of(on, days),
                      on,
                      days > INSPECTION_ANSWER_DAYS);
                })
            .list();
    return new WorkGroup(
        "work.group.inspectionsUnanswered", "/inspections", items.size(), items, null);
  }

  private static final String CALLS_TO_FOLLOW_UP =
      """
      select id, received_at, follow_up_on from hotline_call
       where organisation_id = :org and follow_up_on is not null and not followed_up
         and follow_up_on <= :horizon
       order by follow_up_on, received_at
      """;

  /** Calls the hotline marked to follow up, due within a week (overdue ones urgent). */
  private WorkGroup callsToFollowUp(Actor actor, LocalDate today) {
    List<WorkItem> items =
        jdbc.sql(CALLS_TO_FOLLOW_UP)
            .param("org", actor.organisationId())
            .param("horizon", today.plusDays(7))
            .query(
                (rs, n) -> {
                  LocalDate due = rs.getObject("follow_up_on", LocalDate.class);
                  LocalDate received =
                      rs.getObject("received_at", java.time.OffsetDateTime.class)
                          .atZoneSameInstant(zone)
                          .toLocalDate();
                  return new WorkItem(
                      "/hotline?edit=" + rs.getObject("id", UUID.class),
                      received.toString(),
                      null,
                      "work.item.callFollowUp",
                      List.of(due),
                      due,
                      due.isBefore(today));
                })
            .list();
    return new WorkGroup("work.group.callsFollowUp", "/hotline", items.size(), items, null);
  }

  private WorkGroup callsWithoutCase(Actor actor, LocalDate today) {
    List<WorkItem> items =
        jdbc.sql(CALLS_WITHOUT_CASE)
            .param("org", actor.organisationId())
            .param("since", today.minusDays(CALL_DAYS).atStartOfDay(zone).toOffsetDateTime())
            .query(
                (rs, n) -> {
                  LocalDate on =
                      rs.getObject("received_at", java.time.OffsetDateTime.class)
                          .atZoneSameInstant(zone)
                          .toLocalDate();
                  return new WorkItem(
                      "/hotline?edit=" + rs.getObject("id", UUID.class),
                      on.toString(),
                      null,
                      "work.item.callWithoutCase",
                      List.of(on),
                      on,
                      ChronoUnit.DAYS.between(on, today) > CALL_URGENT_DAYS);
                })
            .list();
    return new WorkGroup("work.group.callsWithoutCase", "/hotline", items.size(), items, null);
  }
}
