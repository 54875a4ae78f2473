package org.koldoo.victims.internal;

import java.time.LocalDate;
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
 * What victim cases ask of a person today: their follow-ups falling due, the open cases given to
 * them with the next step of each, children still without a guardian or best-interests decision,
 * consents about to lapse or just lapsed without being given again, and, for law enforcement,
 * victims who withdrew their consent to be contacted by them. Closed cases ask nothing.
 */
@Component
class VictimWork implements WorkSource {

  /** Follow-ups due within this many days are listed. */
  static final int HORIZON_DAYS = 7;

  /** A child waiting longer than this for a guardian or a decision is urgent. */
  static final int CHILD_WAIT_DAYS = 7;

  /** Withdrawals of consent this recent are listed to the body they concerned. */
  static final int WITHDRAWAL_DAYS = 90;

  /** Consents lapsing within this many days are listed. */
  static final int LAPSE_DAYS = 30;

  /** Consents that lapsed this recently, and were not given again, are listed as urgent. */
  static final int LAPSED_DAYS = 14;

  private final JdbcClient jdbc;

  VictimWork(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<WorkGroup> waitingFor(Actor actor, LocalDate today) {
    List<WorkGroup> groups = new ArrayList<>();
    if (actor.roles().stream().anyMatch(Role::handlesCases)) {
      add(groups, tasksDue(actor, today));
      add(groups, myCases(actor, today));
      add(groups, childrenWaiting(actor, today));
      add(groups, consentsLapsing(actor, today));
    }
    if (actor.roles().contains(Role.INVESTIGATOR) || actor.roles().contains(Role.PROSECUTOR)) {
      add(groups, consentWithdrawn(actor, today));
    }
    return groups;
  }

  private static void add(List<WorkGroup> groups, WorkGroup group) {
    if (group.count() > 0) {
      groups.add(group);
    }
  }

  private static final String TASKS_DUE =
      """
      select t.case_id, c.case_number, t.kind, t.due_on
        from victim_case_task t join victim_case c on c.id = t.case_id
       where lower(t.assignee) = lower(:me) and c.organisation_id = :org
         and t.done_on is null and c.closed_on is null and t.due_on <= :horizon
       order by t.due_on, c.case_number
      """;

  private WorkGroup tasksDue(Actor actor, LocalDate today) {
    List<WorkItem> items =
        jdbc.sql(TASKS_DUE)
            .param("me", actor.username())
            .param("org", actor.organisationId())
            .param("horizon", today.plusDays(HORIZON_DAYS))
            .query(
                (rs, n) -> {
                  LocalDate due = rs.getObject("due_on", LocalDate.class);
                  return new WorkItem(
                      "/cases/" + rs.getObject("case_id", UUID.class),
                      rs.getString("case_number"),
                      "TaskKind." + rs.getString("kind"),
                      "work.item.taskDue",
                      List.of(due),
                      due,
                      due.isBefore(today));
                })
            .list();
    return new WorkGroup("work.group.tasksDue", "/cases", items.size(), items, null);
  }

  /** The next NRM step a case is waiting for, as a message key. */
  private static final String MY_CASES =
      """
      select c.id, c.case_number, c.registered_on,
             case
               when not exists (select 1 from victim_screening s where s.case_id = c.id)
                 then 'work.next.screening'
               when not exists (select 1 from victim_identification i where i.case_id = c.id)
                 then 'work.next.identification'
               when c.child and c.best_interests_on is null then 'work.next.bestInterests'
               when not c.child and not exists (select 1 from victim_consent k
                      where k.case_id = c.id and k.purpose = 'REFERRAL' and k.withdrawn_on is null
                        and (k.valid_until is null or k.valid_until >= :today))
                 then 'work.next.consent'
               when not exists (select 1 from victim_case_task t
                      where t.case_id = c.id and t.done_on is null)
                 then 'work.next.followUp'
               else 'work.next.none'
             end as next_step,
             (select min(t.due_on) from victim_case_task t
               where t.case_id = c.id and t.done_on is null) as next_due
        from victim_case c
       where lower(c.assigned_to) = lower(:me) and c.organisation_id = :org
         and c.closed_on is null
       order by next_due nulls last, c.registered_on
      """;

  private WorkGroup myCases(Actor actor, LocalDate today) {
    List<WorkItem> items =
        jdbc.sql(MY_CASES)
            .param("today", today)
            .param("me", actor.username())
            .param("org", actor.organisationId())
            .query(
                (rs, n) -> {
                  LocalDate due = rs.getObject("next_due", LocalDate.class);
                  return new WorkItem(
                      "/cases/" + rs.getObject("id", UUID.class),
                      rs.getString("case_number"),
                      null,
                      rs.getString("next_step"),
                      due == null ? List.of() : List.of(due),
                      due == null ? rs.getObject("registered_on", LocalDate.class) : due,
                      due != null && due.isBefore(today));
                })
            .list();
    return new WorkGroup("work.group.myCases", null, items.size(), items, null);
  }

  private static final String CHILDREN =
      """
      select c.id, c.case_number, c.registered_on, c.guardian_type is null as no_guardian
        from victim_case c
       where c.organisation_id = :org and c.child and c.closed_on is null
         and (c.guardian_type is null or c.best_interests_on is null)
       order by c.registered_on, c.case_number
      """;

  private WorkGroup childrenWaiting(Actor actor, LocalDate today) {
    List<WorkItem> items =
        jdbc.sql(CHILDREN)
            .param("org", actor.organisationId())
            .query(
                (rs, n) -> {
                  LocalDate since = rs.getObject("registered_on", LocalDate.class);
                  return new WorkItem(
                      "/cases/" + rs.getObject("id", UUID.class) + "/child",
                      rs.getString("case_number"),
                      null,
                      rs.getBoolean("no_guardian")
                          ? "work.item.childWithoutGuardian"
                          : "work.item.childWithoutBestInterests",
                      List.of(since),
                      since,
                      since.isBefore(today.minusDays(CHILD_WAIT_DAYS)));
                })
            .list();
    return new WorkGroup("work.group.children", "/cases", items.size(), items, null);
  }

  private static final String WITHDRAWN =
      """
      select c.id, c.pseudonym, k.withdrawn_on
        from victim_consent k join victim_case c on c.id = k.case_id
       where k.purpose = 'LAW_ENFORCEMENT_CONTACT' and k.organisation_id = :org
         and k.withdrawn_on >= :since
       order by k.withdrawn_on desc
      """;

  private WorkGroup consentWithdrawn(Actor actor, LocalDate today) {
    List<WorkItem> items =
        jdbc.sql(WITHDRAWN)
            .param("org", actor.organisationId())
            .param("since", today.minusDays(WITHDRAWAL_DAYS))
            .query(
                (rs, n) -> {
                  LocalDate on = rs.getObject("withdrawn_on", LocalDate.class);
                  return new WorkItem(
                      "/cases/" + rs.getObject("id", UUID.class),
                      rs.getString("pseudonym"),
                      null,
                      "work.item.consentWithdrawn",
                      List.of(on),
                      on,
                      true);
                })
            .list();
    return new WorkGroup("work.group.consentWithdrawn", null, items.size(), items, null);
  }

  private static final String LAPSING =
      """
      select c.id, c.case_number, k.purpose, k.valid_until
        from victim_consent k join victim_case c on c.id = k.case_id
       where c.organisation_id = :org and c.closed_on is null and k.withdrawn_on is null
         and k.valid_until between :since and :horizon
         and not exists (select 1 from victim_consent r
               where r.case_id = k.case_id and r.purpose = k.purpose
                 and r.organisation_id is not distinct from k.organisation_id
                 and r.withdrawn_on is null
                 and (r.valid_until is null or r.valid_until > k.valid_until))
       order by k.valid_until, c.case_number
      """;

  /** Consents given for a time that end soon, or ended lately, and were not given again. */
  private WorkGroup consentsLapsing(Actor actor, LocalDate today) {
    List<WorkItem> items =
        jdbc.sql(LAPSING)
            .param("org", actor.organisationId())
            .param("since", today.minusDays(LAPSED_DAYS))
            .param("horizon", today.plusDays(LAPSE_DAYS))
            .query(
                (rs, n) -> {
                  LocalDate until = rs.getObject("valid_until", LocalDate.class);
                  boolean lapsed = until.isBefore(today);
                  return new WorkItem(
                      "/cases/" + rs.getObject("id", UUID.class) + "/consent",
                      rs.getString("case_number"),
                      "ConsentPurpose." + rs.getString("purpose"),
                      lapsed ? "work.item.consentLapsed" : "work.item.consentLapses",
                      List.of(until),
                      until,
                      lapsed);
                })
            .list();
    return new WorkGroup("work.group.consentsLapsing", "/cases", items.size(), items, null);
  }
}
