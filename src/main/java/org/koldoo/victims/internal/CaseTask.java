package org.koldoo.victims.internal;

import java.time.LocalDate;
import java.util.UUID;
import org.koldoo.victims.TaskKind;
import org.koldoo.victims.TaskOutcome;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A follow-up on a case, a part of the {@link VictimCase} aggregate: what, by when, by whom, and
 * once done how it ended. The note is sealed.
 */
@Table("victim_case_task")
record CaseTask(
    @Id UUID id,
    TaskKind kind,
    LocalDate dueOn,
    String assignee,
    byte[] noteCiphertext,
    LocalDate doneOn,
    TaskOutcome outcome,
    String createdBy,
    LocalDate createdOn) {

  boolean open() {
    return doneOn == null;
  }

  boolean overdue(LocalDate today) {
    return open() && dueOn.isBefore(today);
  }

  CaseTask done(LocalDate on, TaskOutcome outcome) {
    return new CaseTask(
        id, kind, dueOn, assignee, noteCiphertext, on, outcome, createdBy, createdOn);
  }
}
