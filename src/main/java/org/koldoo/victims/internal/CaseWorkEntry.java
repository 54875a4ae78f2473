package org.koldoo.victims.internal;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A line of the case's history as a piece of work (assigned, closed, reopened, a follow-up added or
 * done), a part of the {@link VictimCase} aggregate; shown on its timeline.
 */
@Table("victim_case_work")
record CaseWorkEntry(
    @Id UUID id,
    Kind kind,
    LocalDate onDate,
    String detail,
    UUID organisationId,
    String recordedBy) {

  enum Kind {
    ASSIGNED,
    UNASSIGNED,
    CLOSED,
    REOPENED,
    TASK_ADDED,
    TASK_DONE
  }
}
