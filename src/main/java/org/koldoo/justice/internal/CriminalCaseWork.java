package org.koldoo.justice.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.koldoo.audit.AuditRecord;
import org.koldoo.audit.AuditTrail;
import org.koldoo.justice.Events;
import org.koldoo.justice.FollowUpKind;
import org.koldoo.organisations.Member;
import org.koldoo.organisations.Organisations;
import org.koldoo.platform.security.Actor;
import org.koldoo.platform.security.Role;
import org.koldoo.platform.web.InvalidInput;
import org.koldoo.privacy.FieldCipher;
import org.koldoo.victims.TaskOutcome;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A criminal case as work for each body handling it: the person of that body who works it, and its
 * follow-ups (due day, person, outcome; the note sealed). A body manages only its own: it names its
 * own people, and sees and ends its own follow-ups. Every change is audited.
 */
@Service
class CriminalCaseWork {

  /** Who of the body works the case: a username, blank for nobody. */
  record AssignmentForm(@Size(max = 64) String assignee) {}

  record FollowUpForm(
      @NotNull FollowUpKind kind,
      @NotNull LocalDate dueOn,
      @NotBlank @Size(max = 64) String assignee,
      @Size(max = 1000) String note) {}

  record FollowUpDone(@NotNull TaskOutcome outcome, @PastOrPresent LocalDate doneOn) {}

  /** A follow-up as its body sees it, the note opened. */
  record FollowUp(
      UUID id,
      FollowUpKind kind,
      LocalDate dueOn,
      String assignee,
      String note,
      LocalDate doneOn,
      TaskOutcome outcome,
      boolean overdue) {}

  private static final String ASSIGN =
      """
      insert into criminal_case_assignment
          (criminal_case_id, organisation_id, assignee, assigned_by, assigned_on)
      values (:c, :o, :a, :by, :on)
      on conflict (criminal_case_id, organisation_id)
      do update set assignee = :a, assigned_by = :by, assigned_on = :on
      """;

  private static final String UNASSIGN =
      "delete from criminal_case_assignment where criminal_case_id = :c and organisation_id = :o";

  private static final String ASSIGNEE =
      """
      select assignee from criminal_case_assignment
       where criminal_case_id = :c and organisation_id = :o
      """;

  private static final String ADD =
      """
      insert into criminal_case_follow_up (id, criminal_case_id, organisation_id, kind, due_on,
          assignee, note_ciphertext, created_by, created_on)
      values (:id, :c, :o, :kind, :due, :assignee, :note, :by, :on)
      """;

  private static final String DONE =
      """
      update criminal_case_follow_up set done_on = :on, outcome = :outcome
       where id = :id and criminal_case_id = :c and organisation_id = :o and done_on is null
         and created_on <= :on
      """;

  private static final String LIST =
      """
      select id, kind, due_on, assignee, note_ciphertext, done_on, outcome
        from criminal_case_follow_up where criminal_case_id = :c and organisation_id = :o
       order by done_on nulls first, due_on, id
      """;

  private final CriminalCaseRecords records;
  private final JusticePolicy policy;
  private final Organisations organisations;
  private final FieldCipher cipher;
  private final JdbcClient jdbc;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  CriminalCaseWork(
      CriminalCaseRecords records,
      JusticePolicy policy,
      Organisations organisations,
      FieldCipher cipher,
      JdbcClient jdbc,
      AuditTrail audit,
      ApplicationEventPublisher events,
      Clock clock) {
    this.records = records;
    this.policy = policy;
    this.organisations = organisations;
    this.cipher = cipher;
    this.jdbc = jdbc;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  @Transactional
  void assign(UUID caseId, AssignmentForm form) {
    Actor actor = handler(caseId);
    boolean nobody = form.assignee() == null || form.assignee().isBlank();
    if (nobody) {
      jdbc.sql(UNASSIGN).param("c", caseId).param("o", actor.organisationId()).update();
    } else {
      jdbc.sql(ASSIGN)
          .param("c", caseId)
          .param("o", actor.organisationId())
          .param("a", member(actor, form.assignee()))
          .param("by", actor.username())
          .param("on", LocalDate.now(clock))
          .update();
    }
    audit.record(
        AuditRecord.of("CRIMINAL_CASE_ASSIGNED", "criminal-case", caseId)
            .withDetails("to=" + (nobody ? "-" : form.assignee().strip())));
  }

  @Transactional
  UUID addFollowUp(UUID caseId, FollowUpForm form) {
    Actor actor = handler(caseId);
    String assignee = member(actor, form.assignee());
    LocalDate today = LocalDate.now(clock);
    if (form.dueOn().isBefore(today)) {
      throw new InvalidInput("dueOn", "task.dueInPast");
    }
    UUID id = UUID.randomUUID();
    jdbc.sql(ADD)
        .param("id", id)
        .param("c", caseId)
        .param("o", actor.organisationId())
        .param("kind", form.kind().name())
        .param("due", form.dueOn())
        .param("assignee", assignee)
        .param(
            "note",
            form.note() == null || form.note().isBlank()
                ? null
                : cipher.encrypt(form.note().strip(), "criminal-follow-up:" + id))
        .param("by", actor.username())
        .param("on", today)
        .update();
    audit.record(
        AuditRecord.of("CRIMINAL_FOLLOW_UP_ADDED", "criminal-case", caseId)
            .withDetails("follow-up=" + id + " kind=" + form.kind() + " due=" + form.dueOn()));
    if (!assignee.equalsIgnoreCase(actor.username())) {
      events.publishEvent(
          new Events.FollowUpAssigned(
              caseId,
              records.load(caseId).registrationNumber(),
              id,
              actor.organisationId(),
              assignee,
              form.dueOn(),
              actor.username()));
    }
    return id;
  }

  @Transactional
  void complete(UUID caseId, UUID followUpId, FollowUpDone form) {
    Actor actor = handler(caseId);
    LocalDate on = form.doneOn() == null ? LocalDate.now(clock) : form.doneOn();
    int changed =
        jdbc.sql(DONE)
            .param("id", followUpId)
            .param("c", caseId)
            .param("o", actor.organisationId())
            .param("on", on)
            .param("outcome", form.outcome().name())
            .update();
    if (changed == 0) {
      throw new InvalidInput("outcome", "task.notOpen");
    }
    audit.record(
        AuditRecord.of("CRIMINAL_FOLLOW_UP_DONE", "criminal-case", caseId)
            .withDetails("follow-up=" + followUpId + " outcome=" + form.outcome()));
  }

  /** Who of the viewer's body works the case, if anyone. */
  Optional<String> assignee(UUID caseId, UUID organisation) {
    return organisation == null
        ? Optional.empty()
        : jdbc.sql(ASSIGNEE)
            .param("c", caseId)
            .param("o", organisation)
            .query(String.class)
            .optional();
  }

  /** The follow-ups of the viewer's body on the case; none for a body that does not handle it. */
  List<FollowUp> followUps(UUID caseId, UUID organisation) {
    if (!policy.handles(caseId, organisation)) {
      return List.of();
    }
    LocalDate today = LocalDate.now(clock);
    return jdbc.sql(LIST)
        .param("c", caseId)
        .param("o", organisation)
        .query(
            (rs, n) -> {
              UUID id = rs.getObject("id", UUID.class);
              byte[] note = rs.getBytes("note_ciphertext");
              LocalDate due = rs.getObject("due_on", LocalDate.class);
              LocalDate done = rs.getObject("done_on", LocalDate.class);
              return new FollowUp(
                  id,
                  FollowUpKind.valueOf(rs.getString("kind")),
                  due,
                  rs.getString("assignee"),
                  note == null ? null : cipher.decrypt(note, "criminal-follow-up:" + id),
                  done,
                  rs.getString("outcome") == null
                      ? null
                      : TaskOutcome.valueOf(rs.getString("outcome")),
                  done == null && due.isBefore(today));
            })
        .list();
  }

  List<Member> members(UUID organisation) {
    return organisation == null ? List.of() : organisations.members(organisation);
  }

  /** A person of a justice role in a body handling the case. */
  private Actor handler(UUID caseId) {
    Actor actor = JusticePolicy.requireRole(Role.INVESTIGATOR, Role.PROSECUTOR, Role.COURT_CLERK);
    policy.requireHandler(records.load(caseId));
    return actor;
  }

  private String member(Actor actor, String username) {
    return organisations
        .member(actor.organisationId(), username)
        .map(Member::username)
        .orElseThrow(() -> new InvalidInput("assignee", "case.notAMember"));
  }
}
