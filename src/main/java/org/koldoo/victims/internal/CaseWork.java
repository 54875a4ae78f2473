package org.koldoo.victims.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.koldoo.audit.AuditRecord;
import org.koldoo.audit.AuditTrail;
import org.koldoo.organisations.Member;
import org.koldoo.organisations.Organisations;
import org.koldoo.platform.web.InvalidInput;
import org.koldoo.privacy.FieldCipher;
import org.koldoo.victims.CaseAction;
import org.koldoo.victims.Events;
import org.koldoo.victims.internal.CaseForms.AssignmentForm;
import org.koldoo.victims.internal.CaseForms.CloseForm;
import org.koldoo.victims.internal.CaseForms.TaskDoneForm;
import org.koldoo.victims.internal.CaseForms.TaskForm;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case as a piece of work: whom it is assigned to, its follow-ups, its closure and reopening.
 * Only the registering organisation manages its cases, and only its own active people can be given
 * a case or a follow-up. Each change is audited, shown on the timeline and announced.
 */
@Service
class CaseWork {

  private final CaseGuard guard;
  private final Organisations organisations;
  private final FieldCipher cipher;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final org.springframework.jdbc.core.simple.JdbcClient jdbc;
  private final Clock clock;

  CaseWork(
      CaseGuard guard,
      Organisations organisations,
      FieldCipher cipher,
      AuditTrail audit,
      ApplicationEventPublisher events,
      org.springframework.jdbc.core.simple.JdbcClient jdbc,
      Clock clock) {
    this.guard = guard;
    this.organisations = organisations;
    this.cipher = cipher;
    this.audit = audit;
    this.events = events;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Transactional
  void assign(UUID id, AssignmentForm form) {
    VictimCase c = guard.load(id);
    Viewer viewer = guard.require(c, CaseAction.MANAGE_CASE);
    String assignee =
        CaseGuard.blank(form.assignee()) ? null : member(c, form.assignee(), "assignee");
    if (Objects.equals(assignee, c.work().assignedTo())) {
      return;
    }
    Refusal.report(c.work().assign(assignee, today(), viewer));
    guard.touch(c);
    audit.record(
        AuditRecord.of("CASE_ASSIGNED", "victim-case", id)
            .withDetails("to=" + (assignee == null ? "-" : assignee)));
    if (assignee != null) {
      events.publishEvent(
          new Events.CaseAssigned(id, c.organisationId(), assignee, viewer.username()));
    }
  }

  @Transactional
  UUID addTask(UUID id, TaskForm form) {
    VictimCase c = guard.load(id);
    Viewer viewer = guard.require(c, CaseAction.MANAGE_CASE);
    String assignee = member(c, form.assignee(), "assignee");
    UUID taskId = UUID.randomUUID();
    byte[] note =
        CaseGuard.blank(form.note())
            ? null
            : cipher.encrypt(form.note().strip(), c.sealContext("task:" + taskId));
    LocalDate today = today();
    CaseTask task =
        new CaseTask(
            taskId,
            form.kind(),
            form.dueOn(),
            assignee,
            note,
            null,
            null,
            viewer.username(),
            today);
    Refusal.report(c.work().addTask(task, today, viewer));
    guard.touch(c);
    audit.record(
        AuditRecord.of("TASK_ADDED", "victim-case", id)
            .withDetails("task=" + taskId + " kind=" + form.kind() + " due=" + form.dueOn()));
    events.publishEvent(
        new Events.TaskAssigned(
            id, taskId, c.organisationId(), assignee, form.dueOn(), viewer.username()));
    return taskId;
  }

  @Transactional
  void completeTask(UUID id, UUID taskId, TaskDoneForm form) {
    VictimCase c = guard.load(id);
    Viewer viewer = guard.require(c, CaseAction.MANAGE_CASE);
    LocalDate on = form.doneOn() == null ? today() : form.doneOn();
    Refusal.report(
        c.work().completeTask(taskId, new CaseWorkState.TaskOutcomeOn(on, form.outcome()), viewer));
    guard.touch(c);
    audit.record(
        AuditRecord.of("TASK_DONE", "victim-case", id)
            .withDetails("task=" + taskId + " outcome=" + form.outcome()));
  }

  @Transactional
  void close(UUID id, CloseForm form) {
    VictimCase c = guard.load(id);
    Viewer viewer = guard.require(c, CaseAction.MANAGE_CASE);
    LocalDate on = form.closedOn() == null ? today() : form.closedOn();
    Refusal.report(c.work().close(form.reason(), on, c.registeredOn(), viewer));
    guard.touch(c);
    audit.record(
        AuditRecord.of("CASE_CLOSED", "victim-case", id).withDetails("reason=" + form.reason()));
  }

  @Transactional
  void reopen(UUID id) {
    VictimCase c = guard.load(id);
    Viewer viewer = guard.require(c, CaseAction.MANAGE_CASE);
    Refusal.report(c.work().reopen(today(), viewer));
    guard.touch(c);
    audit.record(AuditRecord.of("CASE_REOPENED", "victim-case", id));
  }

  /** A follow-up as shown to those who manage the case, its note opened. */
  record TaskRow(
      UUID id,
      org.koldoo.victims.TaskKind kind,
      LocalDate dueOn,
      String assignee,
      String note,
      LocalDate doneOn,
      org.koldoo.victims.TaskOutcome outcome,
      boolean overdue) {}

  /** The case's follow-ups with their notes, for those who manage it; empty for anyone else. */
  java.util.List<TaskRow> tasks(VictimCase c) {
    if (!guard.openRights(c).may(CaseAction.MANAGE_CASE)) {
      return java.util.List.of();
    }
    LocalDate today = today();
    return c.work().tasks().stream()
        .map(
            t ->
                new TaskRow(
                    t.id(),
                    t.kind(),
                    t.dueOn(),
                    t.assignee(),
                    t.noteCiphertext() == null
                        ? null
                        : cipher.decrypt(t.noteCiphertext(), c.sealContext("task:" + t.id())),
                    t.doneOn(),
                    t.outcome(),
                    t.overdue(today)))
        .toList();
  }

  /**
   * The case as work for the current viewer: its closure for everyone who sees the case, whom it is
   * given to and its follow-ups (notes opened) for those who manage it. Only those load the case;
   * for anyone else one row is read.
   */
  record View(
      LocalDate closedOn,
      org.koldoo.victims.CaseCloseReason closeReason,
      String assignedTo,
      java.util.List<TaskRow> tasks) {}

  @Transactional(readOnly = true)
  View view(UUID id, UUID owner, boolean child) {
    if (guard.openRights(id, owner, child).may(CaseAction.MANAGE_CASE)) {
      VictimCase c = guard.load(id);
      return new View(c.work().closedOn(), c.work().closeReason(), c.work().assignedTo(), tasks(c));
    }
    return jdbc.sql("select closed_on, close_reason from victim_case where id = :id")
        .param("id", id)
        .query(
            (rs, n) ->
                new View(
                    rs.getObject(1, LocalDate.class),
                    rs.getString(2) == null
                        ? null
                        : org.koldoo.victims.CaseCloseReason.valueOf(rs.getString(2)),
                    null,
                    java.util.List.of()))
        .single();
  }

  /** The people a case of this organisation can be given to. */
  java.util.List<Member> members(VictimCase c) {
    return organisations.members(c.organisationId());
  }

  /** The username of an active person of the case's organisation, as that person spells it. */
  private String member(VictimCase c, String username, String field) {
    return organisations
        .member(c.organisationId(), username)
        .map(Member::username)
        .orElseThrow(() -> new InvalidInput(field, "case.notAMember"));
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
