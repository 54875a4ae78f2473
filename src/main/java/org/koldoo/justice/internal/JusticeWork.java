package org.koldoo.justice.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.koldoo.justice.Stage;
import org.koldoo.platform.security.Actor;
import org.koldoo.platform.security.Role;
import org.koldoo.platform.work.WorkGroup;
import org.koldoo.platform.work.WorkItem;
import org.koldoo.platform.work.WorkSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What criminal cases ask of investigators, prosecutors and court clerks today: the cases their
 * body handles that wait for the next procedural step of their stage, and among them those where
 * nothing has happened for too long.
 */
@Component
class JusticeWork implements WorkSource {

  private static final Map<Role, Set<Stage>> STAGES_OF =
      Map.of(
          Role.INVESTIGATOR, EnumSet.of(Stage.INVESTIGATION, Stage.SUSPENDED),
          Role.PROSECUTOR,
              EnumSet.of(
                  Stage.INVESTIGATION,
                  Stage.SUSPENDED,
                  Stage.IN_COURT,
                  Stage.VERDICT,
                  Stage.APPEAL),
          Role.COURT_CLERK, EnumSet.of(Stage.IN_COURT, Stage.APPEAL));

  private static final String HANDLED =
      """
      select id from criminal_case where organisation_id = :org
      union
      select criminal_case_id from criminal_case_body where organisation_id = :org
      """;

  private final JdbcClient jdbc;
  private final CriminalCaseRecords cases;
  private final int stepDays;

  JusticeWork(
      JdbcClient jdbc,
      CriminalCaseRecords cases,
      @Value("${koldoo.work.procedural-step-days:60}") int stepDays) {
    this.jdbc = jdbc;
    this.cases = cases;
    this.stepDays = stepDays;
  }

  @Override
  public List<WorkGroup> waitingFor(Actor actor, LocalDate today) {
    Set<Stage> stages = EnumSet.noneOf(Stage.class);
    STAGES_OF.forEach(
        (role, of) -> {
          if (actor.roles().contains(role)) {
            stages.addAll(of);
          }
        });
    if (stages.isEmpty() || actor.organisationId() == null) {
      return List.of();
    }
    List<WorkGroup> groups = new ArrayList<>();
    List<WorkItem> followUps = followUps(actor, today);
    if (!followUps.isEmpty()) {
      groups.add(
          new WorkGroup(
              "work.group.criminalFollowUps", "/justice", followUps.size(), followUps, null));
    }
    List<WorkItem> waiting = waiting(actor, stages, today);
    waiting.sort(Comparator.comparing(WorkItem::day));
    List<WorkItem> overdue = waiting.stream().filter(WorkItem::urgent).toList();
    if (!overdue.isEmpty()) {
      groups.add(
          new WorkGroup("work.group.overdueSteps", "/justice", overdue.size(), overdue, null));
    }
    if (!waiting.isEmpty()) {
      groups.add(new WorkGroup("work.group.nextStep", null, waiting.size(), waiting, "/justice"));
    }
    return groups;
  }

  /** The cases the person's body handles that are at one of the person's stages, by last step. */
  private List<WorkItem> waiting(Actor actor, Set<Stage> stages, LocalDate today) {
    Set<UUID> handled =
        new HashSet<>(
            jdbc.sql(HANDLED).param("org", actor.organisationId()).query(UUID.class).list());
    if (handled.isEmpty()) {
      return new ArrayList<>();
    }
    var refs = cases.refs();
    var events = cases.eventsByCase();
    var defendants = cases.defendantsByCase();
    List<WorkItem> waiting = new ArrayList<>();
    for (CriminalCaseRecords.CaseRow c : cases.all()) {
      if (!handled.contains(c.id())) {
        continue;
      }
      List<CaseTimeline.Event> history = events.getOrDefault(c.id(), List.of());
      CaseTimeline.State state =
          CriminalCaseRecords.state(c, defendants.getOrDefault(c.id(), List.of()), history, refs);
      if (!stages.contains(state.stage())) {
        continue;
      }
      LocalDate last =
          history.stream()
              .map(CaseTimeline.Event::on)
              .max(Comparator.naturalOrder())
              .filter(d -> d.isAfter(c.registeredOn()))
              .orElse(c.registeredOn());
      long days = ChronoUnit.DAYS.between(last, today);
      waiting.add(
          new WorkItem(
              "/justice/" + c.id(),
              c.registrationNumber(),
              state.stage().messageKey(),
              "work.item.procedureWaiting",
              List.of(last, days),
              last,
              days > stepDays));
    }
    return waiting;
  }

  private static final String FOLLOW_UPS =
      """
      select f.criminal_case_id, c.registration_number, f.kind, f.due_on
        from criminal_case_follow_up f join criminal_case c on c.id = f.criminal_case_id
       where lower(f.assignee) = lower(:me) and f.organisation_id = :org and f.done_on is null
         and f.due_on <= :horizon
       order by f.due_on, c.registration_number
      """;

  /** The person's own open follow-ups on criminal cases due within a week. */
  private List<WorkItem> followUps(Actor actor, LocalDate today) {
    return jdbc.sql(FOLLOW_UPS)
        .param("me", actor.username())
        .param("org", actor.organisationId())
        .param("horizon", today.plusDays(7))
        .query(
            (rs, n) -> {
              LocalDate due = rs.getObject("due_on", LocalDate.class);
              return new WorkItem(
                  "/justice/" + rs.getObject("criminal_case_id", UUID.class),
                  rs.getString("registration_number"),
                  "FollowUpKind." + rs.getString("kind"),
                  "work.item.taskDue",
                  List.of(due),
                  due,
                  due.isBefore(today));
            })
        .list();
  }
}
