package org.koldoo.victims.internal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.relational.core.mapping.MappedCollection;

/**
 * The victim case as a piece of work, a part of the {@link VictimCase} aggregate embedded in it
 * (its columns are the case's): whom it is given to, its follow-ups, whether it is closed and why,
 * and the log of these for the timeline. The rules are here; a refusal comes back as a value.
 */
class CaseWorkState {

  private String assignedTo;
  private LocalDate closedOn;
  private org.koldoo.victims.CaseCloseReason closeReason;

  @MappedCollection(idColumn = "case_id")
  private Set<CaseTask> tasks = new HashSet<>();

  @MappedCollection(idColumn = "case_id")
  private Set<CaseWorkEntry> entries = new HashSet<>();

  /** Gives the case to a person of the registering organisation, or to nobody (null). */
  Optional<Refusal> assign(String username, LocalDate on, Viewer by) {
    if (closed()) {
      return Refusal.of("assignee", "case.closed");
    }
    this.assignedTo = username;
    log(
        username == null ? CaseWorkEntry.Kind.UNASSIGNED : CaseWorkEntry.Kind.ASSIGNED,
        on,
        username,
        by);
    return Optional.empty();
  }

  /** Adds a follow-up, unless the case is closed or the follow-up would be due before today. */
  Optional<Refusal> addTask(CaseTask task, LocalDate today, Viewer by) {
    if (closed()) {
      return Refusal.of("kind", "case.closed");
    }
    if (task.dueOn().isBefore(today)) {
      return Refusal.of("dueOn", "task.dueInPast");
    }
    tasks.add(task);
    log(CaseWorkEntry.Kind.TASK_ADDED, today, task.kind().name(), by);
    return Optional.empty();
  }

  /** Records how an open follow-up ended. */
  Optional<Refusal> completeTask(UUID taskId, TaskOutcomeOn done, Viewer by) {
    Optional<CaseTask> open =
        tasks.stream().filter(t -> t.id().equals(taskId) && t.open()).findFirst();
    if (open.isEmpty()) {
      return Refusal.of("outcome", "task.notOpen");
    }
    if (done.on().isBefore(open.get().createdOn())) {
      return Refusal.of("doneOn", "task.doneBeforeCreated");
    }
    tasks.remove(open.get());
    tasks.add(open.get().done(done.on(), done.outcome()));
    log(CaseWorkEntry.Kind.TASK_DONE, done.on(), done.outcome().name(), by);
    return Optional.empty();
  }

  /** When and how a follow-up ended. */
  record TaskOutcomeOn(LocalDate on, org.koldoo.victims.TaskOutcome outcome) {}

  /**
   * Closes the case with a reason; its open follow-ups end as no longer needed. Nothing more is
   * recorded on a closed case until it is reopened.
   */
  Optional<Refusal> close(
      org.koldoo.victims.CaseCloseReason reason, LocalDate on, LocalDate registeredOn, Viewer by) {
    if (closed()) {
      return Refusal.of("reason", "case.alreadyClosed");
    }
    if (on.isBefore(registeredOn)) {
      return Refusal.of("closedOn", "case.closedBeforeRegistration");
    }
    for (CaseTask t : List.copyOf(tasks)) {
      if (t.open()) {
        tasks.remove(t);
        tasks.add(t.done(on, org.koldoo.victims.TaskOutcome.NO_LONGER_NEEDED));
      }
    }
    this.closedOn = on;
    this.closeReason = reason;
    log(CaseWorkEntry.Kind.CLOSED, on, reason.name(), by);
    return Optional.empty();
  }

  Optional<Refusal> reopen(LocalDate on, Viewer by) {
    if (!closed()) {
      return Refusal.of(null, "case.notClosed");
    }
    this.closedOn = null;
    this.closeReason = null;
    log(CaseWorkEntry.Kind.REOPENED, on, null, by);
    return Optional.empty();
  }

  private void log(CaseWorkEntry.Kind kind, LocalDate on, String detail, Viewer by) {
    entries.add(
        new CaseWorkEntry(UUID.randomUUID(), kind, on, detail, by.organisationId(), by.username()));
  }

  boolean closed() {
    return closedOn != null;
  }

  LocalDate closedOn() {
    return closedOn;
  }

  org.koldoo.victims.CaseCloseReason closeReason() {
    return closeReason;
  }

  String assignedTo() {
    return assignedTo;
  }

  /** The follow-ups, open ones first by due day, then the done ones latest first. */
  List<CaseTask> tasks() {
    return tasks.stream()
        .sorted(
            java.util.Comparator.comparing((CaseTask t) -> !t.open())
                .thenComparing(t -> t.open() ? t.dueOn().toEpochDay() : -t.doneOn().toEpochDay()))
        .toList();
  }
}
